using System.Text.RegularExpressions;
using Faultline.Text;

namespace Faultline.Numbers;

/// <summary>What a statement of harm says: no one was killed, no one was injured, or people were injured.</summary>
public enum HarmKind { NoDeaths, NoInjuries, Injuries }

/// <summary>
/// Reads what a report says of the harm done besides its death count: that no one was killed or hurt ("No casualties
/// were reported", "Neither injuries nor fatalities were reported", "no one was hurt"), or that people were injured
/// ("injuring three civilians", "led to the injury of several others"). Not knowing is not a denial: "No info on
/// casualties" says nothing. Merging uses these to tell two incidents of a day apart (one report denies what the other tells).
/// </summary>
public static partial class HarmStatements
{
    [GeneratedRegex(@"\b(?:no|neither|nor|without(?:\s+(?:causing|any))?)\s+(?:(?:immediate|further|reported|known)\s+)?(?:reports?\s+of\s+)?(?<w>casualties|fatalities|deaths|injuries|one\s+(?:was\s+)?(?:killed|injured|hurt|wounded))\b(?:\s+(?:or|nor|and)\s+(?<v>casualties|fatalities|deaths|injuries)\b)?|\bnobody\s+(?:was\s+)?(?<w>killed|injured|hurt|wounded)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\b(?:injur(?:ed|ing|y|ies)|wound(?:ed|ing)|hurt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Injury();

    /// <summary>A word just before an injury word that says nothing was told ("no info on injuries", "not hurt").</summary>
    [GeneratedRegex(@"\b(?:no|neither|nor|not|without|any|info|information|unknown\s+whether)\b[^.;]{0,30}$", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    /// <summary>The statements of harm inside a range of the text (an event's sentences).</summary>
    public static List<(HarmKind Kind, TextSpan Span)> Read(string text, TextSpan range)
    {
        var found = new List<(HarmKind, TextSpan)>();
        var denials = new List<TextSpan>();
        // Most sentences deny no harm and tell no injury: the words of each pattern are looked for first, the range
        // is read in place, and it is copied (for the named groups) only when a denial may be there.
        var part = text.AsSpan(range.Start, range.Length);
        if (DenialIn.MayOccurIn(part))
            foreach (Match m in Denial().Matches(text.Substring(range.Start, range.Length)))
            {
                var span = new TextSpan(range.Start + m.Index, range.Start + m.Index + m.Length);
                denials.Add(span);
                foreach (var word in new[] { m.Groups["w"], m.Groups["v"] }.Where(g => g.Success).Select(g => g.Value.ToLowerInvariant()))
                {
                    if (word is "casualties" || word.Contains("killed") || word is "fatalities" or "deaths") found.Add((HarmKind.NoDeaths, span));
                    if (word is "casualties" or "injuries" || word.Contains("injured") || word.Contains("hurt") || word.Contains("wounded")) found.Add((HarmKind.NoInjuries, span));
                }
            }
        if (InjuryIn.MayOccurIn(part))
            foreach (var m in Injury().EnumerateMatches(part))
            {
                var span = new TextSpan(range.Start + m.Index, range.Start + m.Index + m.Length);
                if (denials.Any(d => d.Overlaps(span))) continue;
                int from = Math.Max(range.Start, span.Start - 40);
                if (Negated().IsMatch(text.AsSpan(from, span.Start - from))) continue;
                found.Add((HarmKind.Injuries, span));
            }
        return found.Count == 0 ? found : found.Distinct().ToList();
    }

    internal static readonly PrefilteredRegex DenialIn = new(Denial());
    internal static readonly PrefilteredRegex InjuryIn = new(Injury());

    /// <summary>The evidence field a statement is cited under.</summary>
    public static string Field(HarmKind kind) => kind switch
    {
        HarmKind.NoDeaths => "no_deaths",
        HarmKind.NoInjuries => "no_injuries",
        _ => "injuries",
    };
}
