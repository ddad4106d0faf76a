using Faultline.Numbers;

namespace Faultline.Merging;

/// <summary>Whether a report tells of a kind of harm: says nothing, denies it ("no casualties"), or tells it.</summary>
public enum Told { Nothing, Denied, Told }

/// <summary>
/// What a report says of the harm its event did: deaths (its count, or "no fatalities were reported") and injuries.
/// Two reports of one day where one says no one was killed (or hurt) and the other tells deaths (or injuries) are two
/// incidents, such as two shellings of one town: a monitor that counted the dead of the one does not deny them in
/// the other.
/// </summary>
public readonly record struct Casualties(Told Deaths, Told Injuries)
{
    /// <summary>The evidence fields that say what was told of harm: the death count, and the statements of harm.</summary>
    public static readonly string[] Fields = ["fatalities", .. Enum.GetValues<HarmKind>().Select(HarmStatements.Field)];

    /// <summary>From a report's death count and the fields of its evidence (a told harm wins over a denial of it).</summary>
    public static Casualties Of(int fatalities, IEnumerable<string> fields)
    {
        var said = fields.ToHashSet(StringComparer.Ordinal);
        bool Says(HarmKind kind) => said.Contains(HarmStatements.Field(kind));
        return new(fatalities > 0 ? Told.Told : Says(HarmKind.NoDeaths) ? Told.Denied : Told.Nothing,
                   Says(HarmKind.Injuries) ? Told.Told : Says(HarmKind.NoInjuries) ? Told.Denied : Told.Nothing);
    }

    /// <summary>One report denies a harm the other tells.</summary>
    public static bool Contradict(Casualties a, Casualties b) => Opposed(a.Deaths, b.Deaths) || Opposed(a.Injuries, b.Injuries);

    private static bool Opposed(Told x, Told y) => x == Told.Denied && y == Told.Told || x == Told.Told && y == Told.Denied;
}
