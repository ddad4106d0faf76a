using Faultline.Events;

namespace Faultline.Evaluation;

/// <summary>
/// The CASE 2021 task 2 label codes and the ACLED sub-event types they stand for. The five "unseen" codes
/// (ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB) are not conflict events: they map to "none".
/// </summary>
public static class CaseLabels
{
    public const string None = "none";

    private static readonly Dictionary<string, string> SubTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ABDUCT_DISSAP"] = EventTaxonomy.Abduction,
        ["AGREEMENT"] = EventTaxonomy.Agreement,
        ["AIR_STRIKE"] = EventTaxonomy.AirStrike,
        ["ARMED_CLASH"] = EventTaxonomy.ArmedClash,
        ["ARREST"] = EventTaxonomy.Arrests,
        ["ART_MISS_ATTACK"] = EventTaxonomy.Shelling,
        ["ATTACK"] = EventTaxonomy.Attack,
        ["CHANGE_TO_GROUP_ACT"] = EventTaxonomy.ChangeToGroup,
        ["CHEM_WEAP"] = EventTaxonomy.ChemicalWeapon,
        ["DISR_WEAP"] = EventTaxonomy.DisruptedWeaponsUse,
        ["FORCE_AGAINST_PROTEST"] = EventTaxonomy.ExcessiveForce,
        ["GOV_REGAINS_TERIT"] = EventTaxonomy.GovernmentRegainsTerritory,
        ["GRENADE"] = EventTaxonomy.Grenade,
        ["HQ_ESTABLISHED"] = EventTaxonomy.HeadquartersEstablished,
        ["MOB_VIOL"] = EventTaxonomy.MobViolence,
        ["NON_STATE_ACTOR_OVERTAKES_TER"] = EventTaxonomy.NonStateOvertakesTerritory,
        ["NON_VIOL_TERRIT_TRANSFER"] = EventTaxonomy.NonViolentTransfer,
        ["OTHER"] = EventTaxonomy.Other,
        ["PEACE_PROTEST"] = EventTaxonomy.PeacefulProtest,
        ["PROPERTY_DISTRUCT"] = EventTaxonomy.Looting,
        ["PROTEST_WITH_INTER"] = EventTaxonomy.ProtestWithIntervention,
        ["REM_EXPLOS"] = EventTaxonomy.RemoteExplosive,
        ["SEX_VIOL"] = EventTaxonomy.SexualViolence,
        ["SUIC_BOMB"] = EventTaxonomy.SuicideBomb,
        ["VIOL_DEMONSTR"] = EventTaxonomy.ViolentDemonstration,
    };

    private static readonly HashSet<string> NonConflict = new(StringComparer.OrdinalIgnoreCase)
    {
        "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB",
    };

    /// <summary>The ACLED sub-event type of a code, "none" for a non-conflict code; null for an unknown code.</summary>
    public static string? SubTypeOf(string code)
    {
        code = code.Trim();
        if (SubTypes.TryGetValue(code, out var s)) return s;
        return NonConflict.Contains(code) ? None : null;
    }

    public static bool IsNonConflict(string code) => NonConflict.Contains(code.Trim());
}

/// <summary>One CASE snippet with its label code.</summary>
public sealed record CaseRow(string Id, string Snippet, string Code);

/// <summary>Reads the CASE 2021 task 2 TSV (id, EventSnippet, SubType), streaming; quotes are not special.</summary>
public static class CaseReader
{
    public static IEnumerable<CaseRow> Read(TextReader reader)
    {
        string? header = reader.ReadLine();
        if (header is null) yield break;
        var cols = header.Split('\t').Select(c => c.Trim()).ToList();
        int id = cols.FindIndex(c => c.Equals("id", StringComparison.OrdinalIgnoreCase));
        int text = cols.FindIndex(c => c.Equals("EventSnippet", StringComparison.OrdinalIgnoreCase));
        int label = cols.FindIndex(c => c.Equals("SubType", StringComparison.OrdinalIgnoreCase));
        if (text < 0 || label < 0) throw new InvalidDataException("not a CASE task 2 TSV: expected columns id, EventSnippet, SubType");
        string? line;
        int n = 1;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length <= Math.Max(text, label)) continue;
            yield return new CaseRow(id >= 0 ? f[id].Trim() : $"line{n}", f[text].Trim(), f[label].Trim());
        }
    }
}
