using static Faultline.Events.EventTaxonomy;

namespace Faultline.Merging;

/// <summary>
/// Whether two reports' event types can describe one event. The same sub-type always can; the same type can,
/// except strategic developments, which only match within their sub-type (an arrest is no looting), and three ways of
/// remote violence that witnesses do not confuse: an air strike, ground fire (shelling, artillery, rockets, missiles)
/// and a planted explosive (IED, landmine). Across types,
/// these pairs are the ways one incident is often told differently:
/// <list type="bullet">
/// <item>Battles ~ Violence against civilians: an attack on a checkpoint told as a clash when the guards fire back.</item>
/// <item>Battles ~ Explosions/Remote violence: fighting with mortars told as shelling, or an IED ambush as a clash.</item>
/// <item>Explosions/Remote violence ~ Violence against civilians: a bomb in a market told as an attack on civilians.</item>
/// <item>Protests ~ Riots: a demonstration one report calls peaceful and another violent.</item>
/// <item>Riots ~ Battles: a crowd storming a compound told as a riot, or as a clash when armed supporters fight the guards.</item>
/// </list>
/// </summary>
public static class TypeCompatibility
{
    public enum Level { None, CompatibleType, SameType, SameSubType }

    private static readonly HashSet<(string, string)> Pairs =
    [
        (Battles, ViolenceAgainstCivilians),
        (Battles, Explosions),
        (Explosions, ViolenceAgainstCivilians),
        (Protests, Riots),
        (Riots, Battles),
    ];

    /// <summary>Sub-types of remote violence told apart by their means (chemical weapons, grenades and suicide bombs are not:
    /// a chemical attack comes by air or by shells, and early reports confuse a suicide bomb with a planted one).</summary>
    private static readonly HashSet<string> DistinctMeans = [AirStrike, Shelling, RemoteExplosive];

    /// <summary>The event types a report of this type may match (for filtering candidates before scoring).</summary>
    public static IReadOnlyList<string> TypesMatching(string type) =>
        [type, .. Pairs.Where(p => p.Item1 == type).Select(p => p.Item2), .. Pairs.Where(p => p.Item2 == type).Select(p => p.Item1)];

    public static Level Of(string type1, string sub1, string type2, string sub2)
    {
        if (type1 == type2 && sub1 == sub2) return Level.SameSubType;
        if (type1 == type2)
            return type1 == StrategicDevelopments || DistinctMeans.Contains(sub1) && DistinctMeans.Contains(sub2) ? Level.None : Level.SameType;
        return Pairs.Contains((type1, type2)) || Pairs.Contains((type2, type1)) ? Level.CompatibleType : Level.None;
    }
}
