using Faultline.Documents;
using Faultline.Evaluation;
using Faultline.Events;
using Faultline.Pipeline;

namespace Faultline.Tests;

/// <summary>
/// Events coders record that the trigger words used to miss (issue #6: rows with no event count wrong on every
/// field), and respellings of towns news use. Every sentence is written for these tests; none is from an evaluation set.
/// </summary>
public class UntriggeredEventTests
{
    private static CodedEvent? Primary(string text) =>
        AcledScore.Pick(Extractor.Default.Extract(new Document("t", text, new DateOnly(2024, 3, 5))).Events);

    public static readonly TheoryData<string, string> Coded = new()
    {
        // Anti-tank and guided missiles, a rocket "was launched", tanks that hit something, tank fire (no accident).
        { "Opposition fighters destroyed an army tank near Kafr Nabl with an ATGM on Friday.", EventTaxonomy.Shelling },
        { "A ballistic missile, apparently fired by the rebels, landed near an army camp in Marib.", EventTaxonomy.Shelling },
        { "A rocket was launched at the municipal building in Hermel overnight.", EventTaxonomy.Shelling },
        { "Israeli tanks hit two observation posts east of Rafah.", EventTaxonomy.Shelling },
        { "Two observation posts of the armed wing were hit by tank fire overnight.", EventTaxonomy.Shelling },
        // One aircraft's strike, cluster munitions, the coalition's raids told bare.
        { "A Russian jet carried out a strike on a market in Maarat al-Numan.", EventTaxonomy.AirStrike },
        { "Coalition raids hit a farm near Zabid on Tuesday.", EventTaxonomy.AirStrike },
        { "Cluster munitions were dropped on two villages near Kafr Zita.", EventTaxonomy.AirStrike },
        // Homes and shrines blown up with explosives.
        { "Militants blew up the house of a police officer in a village south of Kirkuk.", EventTaxonomy.RemoteExplosive },
        { "IS fighters detonated two shrines near Tal Afar.", EventTaxonomy.RemoteExplosive },
        // A raid set off by a hedge; fighters destroying an enemy's machines.
        { "Government troops conducted a raid, reportedly against rebel hideouts, in the hills above Kalehe.", EventTaxonomy.ArmedClash },
        { "Rebels destroyed two army bulldozers near Morek.", EventTaxonomy.ArmedClash },
        // Plain words for shooting and killing.
        { "Gunmen gunned down a village chief in Seiyun on Monday.", EventTaxonomy.Attack },
        { "Rebels managed to kill two soldiers at a checkpoint outside Hama.", EventTaxonomy.ArmedClash },
        // Shots into the air at a border are a show of force.
        { "Border guards fired shots into the air near the river crossing at Kastanies.", EventTaxonomy.Other },
        // Territory told with a helper verb or a list of villages.
        { "Rebel fighters managed to control the village of Tal Sheikh in the countryside of Hama.", EventTaxonomy.NonStateOvertakesTerritory },
        { "Turkish-backed factions captured Kafr Jana, Maabatli and Shaykh al-Hadid from the Kurdish fighters.", EventTaxonomy.NonStateOvertakesTerritory },
        // A crowd setting suspects alight.
        { "Villagers set alight two suspected cattle rustlers near Kisumu.", EventTaxonomy.MobViolence },
        // Protest acts, and a gathering the police dispersed.
        { "Party members held up portraits of their jailed leader in the main square of Zahle.", EventTaxonomy.PeacefulProtest },
        { "Taxi drivers staged a sit in at the port of Sidon.", EventTaxonomy.PeacefulProtest },
        { "A convoy of striking workers was stopped and dispersed by the police in Izmir.", EventTaxonomy.ProtestWithIntervention },
        // A company's name holding "Credit" is no claim of credit for the protest.
        { "Customers of the Farmers Credit Bank of Tabriz protested in front of its head office.", EventTaxonomy.PeacefulProtest },
        // Curfews, arrivals, ties ended, withdrawals, barracks: strategic developments.
        { "The council announced the imposition of a two week night curfew in Mukalla.", EventTaxonomy.ChangeToGroup },
        { "Hundreds of armed tribesmen from neighbouring districts arrived in Rada on Tuesday.", EventTaxonomy.ChangeToGroup },
        { "The militia ended its affiliation with the northern operations room in Idlib.", EventTaxonomy.ChangeToGroup },
        { "The US announced it was withdrawing its air defence batteries and 200 troops from Kuwait.", EventTaxonomy.ChangeToGroup },
        { "Local officials allowed the militia to turn two schools into military barracks in Taizz.", EventTaxonomy.HeadquartersEstablished },
        // Coders' labels.
        { "Recruitment: Forty young men joined the ranks of the local defence forces in Tabqa.", EventTaxonomy.ChangeToGroup },
        { "Curfew: The army placed the village of Beita under curfew.", EventTaxonomy.ChangeToGroup },
        { "Movement of troops: Armoured columns were moved to the outskirts of Hodeidah.", EventTaxonomy.ChangeToGroup },
    };

    [Theory]
    [MemberData(nameof(Coded))]
    public void Sentence_gives_the_sub_type_a_coder_would_pick(string text, string subType) => Assert.Equal(subType, Primary(text)?.SubEventType);

    public static readonly TheoryData<string> NoEvent = new()
    {
        // "fired at least" is no shooting at someone; a bank named "Credit" claims nothing.
        "The company fired at least forty workers in Izmir last year.",
        "Officials praised the credit union of Basra for its loans to farmers.",
    };

    [Theory]
    [MemberData(nameof(NoEvent))]
    public void Sentence_gives_no_event(string text) => Assert.Null(Primary(text));

    public static readonly TheoryData<string, string> Countries = new()
    {
        // Respellings news use.
        { "Dozens of teachers protested in Nassiriya on Monday.", "Iraq" },
        { "Unidentified gunmen threw a grenade at the office of a Syriac militia in the western neighbourhood of Quamishli.", "Syria" },
        { "Shop owners protested in Kafr Qaseem against the closure of their shops.", "Israel" },
        // A name the text puts in one of its own provinces is no village abroad, whoever else is named.
        { "US forces brought reinforcements to their base in Shadadah in Al-Hasakeh.", "Syria" },
        { "Turkey and Russia ran a joint patrol in Darbasiyah countryside in al-Hasakeh on Monday.", "Syria" },
        // A country people came from anchors nothing.
        { "Local residents rallied outside a hotel in Kilkis against the arrival of 200 migrants from Afghanistan.", "Greece" },
        // "ech" is an Arabic article, as "el" and "ash" are.
        { "Rioters hurled a Molotov cocktail at a bank branch in ech Choueifat.", "Lebanon" },
    };

    [Theory]
    [MemberData(nameof(Countries))]
    public void The_event_lies_in_the_country_the_text_puts_it(string text, string country) => Assert.Equal(country, Primary(text)?.Country);
}
