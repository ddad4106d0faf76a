using Faultline.Events;
using static Faultline.Events.EventTaxonomy;

namespace Faultline.Evaluation;

/// <summary>
/// KAIROS conflict event types (WikiEvents) and the ACLED sub-event types each stands for. KAIROS is coarser than
/// ACLED, so a type maps to the set of sub-types a coder could pick for it:
/// <list type="bullet">
/// <item>Conflict.Attack.DetonateExplode (an explosive device set off) -> Explosions/Remote violence: Remote
/// explosive/landmine/IED, Suicide bomb, Grenade.</item>
/// <item>Conflict.Attack.Unspecified (an attack whose means the annotation does not specify) -> Battles (Armed clash
/// and the territorial types), Violence against civilians: Attack, and every Explosions/Remote violence type. KAIROS
/// has one specific attack sub-type (DetonateExplode); "Unspecified" is its parent, not "any means but explosives":
/// WikiEvents gives it to drone strikes, to assaults by "gunmen and suicide bombers", and to a marathon bombing told
/// as "the attack", so a planted bomb or a grenade coded for an unspecified attack is no mismatch.</item>
/// <item>Conflict.Demonstrate.Unspecified -> Protests (the three sub-types); Conflict.Demonstrate.DemonstrateWithViolence
/// -> Riots (Violent demonstration, Mob violence) and Excessive force against protesters.</item>
/// <item>Conflict.Defeat.Unspecified -> Battles (the three sub-types).</item>
/// </list>
/// Other KAIROS types (Life.Die, Justice.*, Contact.*, Disaster.*) are no ACLED event on their own: a document with no
/// Conflict.* mention has gold "none".
/// </summary>
public static class KairosMapping
{
    private static readonly Dictionary<string, string[]> SubTypesOf = new(StringComparer.Ordinal)
    {
        ["Conflict.Attack.DetonateExplode"] = [RemoteExplosive, SuicideBomb, Grenade],
        ["Conflict.Attack.Unspecified"] = [ArmedClash, GovernmentRegainsTerritory, NonStateOvertakesTerritory, Attack, AirStrike, Shelling, SuicideBomb, ChemicalWeapon, RemoteExplosive, Grenade],
        ["Conflict.Demonstrate.Unspecified"] = [PeacefulProtest, ProtestWithIntervention, ExcessiveForce],
        ["Conflict.Demonstrate.DemonstrateWithViolence"] = [ViolentDemonstration, MobViolence, ExcessiveForce],
        ["Conflict.Defeat.Unspecified"] = [ArmedClash, GovernmentRegainsTerritory, NonStateOvertakesTerritory],
    };

    public static bool IsConflict(string kairosType) => SubTypesOf.ContainsKey(kairosType);

    /// <summary>The ACLED sub-event types a KAIROS type accepts (empty for a non-conflict type).</summary>
    public static IReadOnlyList<string> AcledSubTypes(string kairosType) => SubTypesOf.GetValueOrDefault(kairosType) ?? [];

    /// <summary>The ACLED event types a KAIROS type accepts.</summary>
    public static IReadOnlyList<string> AcledEventTypes(string kairosType) => AcledSubTypes(kairosType).Select(EventTaxonomy.EventTypeOf).Distinct().ToList();

    /// <summary>True when a demonstration type: its gold side is the demonstrators, its target (what they protest against) is no ACLED actor.</summary>
    public static bool IsDemonstration(string kairosType) => kairosType.StartsWith("Conflict.Demonstrate.", StringComparison.Ordinal);
}

/// <summary>
/// The gold primary event of a WikiEvents document: the KAIROS conflict type mentioned most often in it (ties: the one
/// mentioned first), which is what the article is about rather than the background it recalls, with the
/// Attacker/Target (or Demonstrator) arguments of all its mentions of that type. Null Type = no conflict event ("none").
/// </summary>
public sealed record WikiGoldPrimary(string? Type, int Mentions, IReadOnlyList<KairosArgument> Attackers, IReadOnlyList<KairosArgument> Targets)
{
    public static WikiGoldPrimary Of(WikiEventsDoc doc)
    {
        var conflict = doc.Events.Where(e => KairosMapping.IsConflict(e.Type)).ToList();
        if (conflict.Count == 0) return new WikiGoldPrimary(null, 0, [], []);
        var counts = conflict.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());
        int top = counts.Values.Max();
        string type = conflict.First(e => counts[e.Type] == top).Type;
        var mentions = conflict.Where(e => e.Type == type).ToList();
        bool demo = KairosMapping.IsDemonstration(type);
        var attackers = mentions.SelectMany(m => m.Arguments).Where(a => a.Role == (demo ? "Demonstrator" : "Attacker")).ToList();
        var targets = demo ? [] : mentions.SelectMany(m => m.Arguments).Where(a => a.Role == "Target").ToList();
        return new WikiGoldPrimary(type, mentions.Count, attackers, targets);
    }
}
