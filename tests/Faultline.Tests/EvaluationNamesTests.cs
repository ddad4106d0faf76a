using Faultline.Evaluation;
using Faultline.Events;

namespace Faultline.Tests;

public class EvaluationNamesTests
{
    [Theory]
    [InlineData("Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq")]
    [InlineData("Asa’ib Ahl al-Haq", "asaib ahl al haq")]
    [InlineData("Military Forces of Syria (2000-)", "Military Forces of Syria")]
    [InlineData("Kata'ib Hizballah", "Kataib Hizballah")]
    public void Actor_spellings_match(string a, string b) => Assert.True(NameNormaliser.SameActor(a, b));

    [Theory]
    [InlineData("Hezbollah", "Kata'ib Hezbollah")]
    [InlineData("Military Forces of Iraq (2003-)", "Police Forces of Iraq (2003-)")]
    [InlineData("Protesters (Iraq)", "Protesters (Iran)")]
    public void Different_actors_do_not_match(string a, string b) => Assert.False(NameNormaliser.SameActor(a, b));

    [Theory]
    [InlineData("Basrah", "Basra governorate")]
    [InlineData("Basra", "Al-Basrah Governorate")]
    [InlineData("Al Anbar", "Anbar Province")]
    [InlineData("Dar'a", "Daraa")]
    [InlineData("Ninewa", "Ninewa")]
    [InlineData("Donetsk Oblast", "Donetsk")]
    [InlineData("Sao Paulo", "São Paulo State")]
    [InlineData("Salah al-Din", "Salah ad Din")]
    [InlineData("Dhi Qar", "Dhi-Qar")]
    public void Admin_spellings_match(string a, string b) => Assert.True(NameNormaliser.SameAdmin(a, b));

    [Theory]
    [InlineData("Basra", "Baghdad")]
    [InlineData("Idlib", "Aleppo")]
    [InlineData("Basra", null)]
    [InlineData(null, null)]
    public void Different_or_missing_admins_do_not_match(string? a, string? b) => Assert.False(NameNormaliser.SameAdmin(a, b));

    [Fact]
    public void Actor_pairs_match_in_either_order_and_missing_second_actors_match()
    {
        Assert.True(NameNormaliser.SameActorPair("Saraya al-Salam", "Asa'ib Ahl al-Haq", "Asaib Ahl al-Haq", "Saraya al Salam"));
        Assert.True(NameNormaliser.SameActorPair("Protesters (Iraq)", null, "Protesters (Iraq)", ""));
        Assert.False(NameNormaliser.SameActorPair("Protesters (Iraq)", null, "Protesters (Iraq)", "Police Forces of Iraq (2003-)"));
        Assert.False(NameNormaliser.SameActorPair("Saraya al-Salam", "Asa'ib Ahl al-Haq", "Saraya al-Salam", null));
    }

    [Theory]
    [InlineData("Remote violence", null, new[] { EventTaxonomy.Explosions }, null)]
    [InlineData("Battle-No change of territory", null, new[] { EventTaxonomy.Battles }, null)]
    [InlineData("Battle-Non-state actor overtakes territory", null, new[] { EventTaxonomy.Battles }, EventTaxonomy.NonStateOvertakesTerritory)]
    [InlineData("Battle-Government regains territory", null, new[] { EventTaxonomy.Battles }, EventTaxonomy.GovernmentRegainsTerritory)]
    [InlineData("Riots/Protests", null, new[] { EventTaxonomy.Protests, EventTaxonomy.Riots }, null)]
    [InlineData("Strategic development", null, new[] { EventTaxonomy.StrategicDevelopments }, null)]
    [InlineData("Non-violent transfer of territory", null, new[] { EventTaxonomy.StrategicDevelopments }, EventTaxonomy.NonViolentTransfer)]
    [InlineData("Headquarters or base established", null, new[] { EventTaxonomy.StrategicDevelopments }, EventTaxonomy.HeadquartersEstablished)]
    [InlineData("Violence against civilians", null, new[] { EventTaxonomy.ViolenceAgainstCivilians }, null)]
    [InlineData("Battles", "Armed clash", new[] { EventTaxonomy.Battles }, EventTaxonomy.ArmedClash)]
    public void Old_taxonomy_maps_to_current(string type, string? sub, string[] accepted, string? expectedSub)
    {
        var g = OldTaxonomy.Map(type, sub);
        Assert.Equal(accepted.OrderBy(x => x), g.Types.OrderBy(x => x));
        Assert.Equal(expectedSub, g.SubType);
        foreach (var t in EventTaxonomy.EventTypes) Assert.Equal(accepted.Contains(t), g.Accepts(t));
    }

    [Theory]
    [InlineData("AIR_STRIKE", EventTaxonomy.AirStrike)]
    [InlineData("ART_MISS_ATTACK", EventTaxonomy.Shelling)]
    [InlineData("PROPERTY_DISTRUCT", EventTaxonomy.Looting)]
    [InlineData("FORCE_AGAINST_PROTEST", EventTaxonomy.ExcessiveForce)]
    [InlineData("NATURAL_DISASTER", CaseLabels.None)]
    [InlineData("DIPLO", CaseLabels.None)]
    [InlineData("NO_SUCH_CODE", null)]
    public void Case_codes_map_to_acled_sub_types(string code, string? expected) => Assert.Equal(expected, CaseLabels.SubTypeOf(code));

    [Fact]
    public void Every_acled_sub_type_has_a_case_code()
    {
        var codes = new[] { "ABDUCT_DISSAP", "AGREEMENT", "AIR_STRIKE", "ARMED_CLASH", "ARREST", "ART_MISS_ATTACK", "ATTACK", "CHANGE_TO_GROUP_ACT",
            "CHEM_WEAP", "DISR_WEAP", "FORCE_AGAINST_PROTEST", "GOV_REGAINS_TERIT", "GRENADE", "HQ_ESTABLISHED", "MOB_VIOL",
            "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER", "OTHER", "PEACE_PROTEST", "PROPERTY_DISTRUCT", "PROTEST_WITH_INTER",
            "REM_EXPLOS", "SEX_VIOL", "SUIC_BOMB", "VIOL_DEMONSTR" };
        Assert.Equal(EventTaxonomy.SubTypes.OrderBy(x => x), codes.Select(c => CaseLabels.SubTypeOf(c)!).OrderBy(x => x));
    }
}
