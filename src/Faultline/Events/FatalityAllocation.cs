using System.Text.RegularExpressions;
using Faultline.Numbers;
using Faultline.Text;

namespace Faultline.Events;

/// <summary>
/// A coder's statement of how a toll is allocated to places ("4 in each of A, B and C and 3 in D", "A 4, B 3 and
/// C 3", "with A and B each allocated 3 and C allocated 4", "split, five each, between A and B"): the share of the
/// place the event is at, or, when its place is not among those named, the share most places get (the smaller on a
/// tie, the conservative reading).
/// </summary>
public static partial class FatalityAllocation
{
    // Where a statement about a toll turns to places: "split", "allocated", "distributed ... as following", "coded in".
    [GeneratedRegex(@"\b(?:fatalit(?:y|ies)|fatalites|deaths|casuali?t(?:y|ies)|toll|unknown\s+number)\b[^.;]{0,80}?\b(?:split|divided|distributed|allocated|spread|coded)\b|\b(?:allocated|distributed|split)\s+(?:fatalit(?:y|ies)|deaths)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Cue();

    private const string Num = @"\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    // Place names as coders write them: capitalised words with Arabic articles and particles ("Qubbat al Kurdi",
    // "Hosh al-Dawahira", "al-Latamna", "Ma'arrat An Nu'man"), and a lowercase unit word ("Yarmouk camp").
    private const string Name = @"(?:(?:al|el|as|ash|ad|ar|an|az|at)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|as|ash|ad|ar|an|az|at|bin|ibn|of|de|wa)\s+|(?:al|el|as|ad|ar)-)?(?:[A-Z][\w'’-]*|camp|district|area|village|town|neighbou?rhood))*";

    [GeneratedRegex(@"(?<n>\b(?:" + Num + @")\b)|(?<name>" + Name + ")")]
    private static partial Regex Token();

    // Words between the tokens that keep a list going; anything else ends it.
    [GeneratedRegex(@"^(?:[\s,:;.()]|\b(?:and|with|in|for|to|at|of|each|the|is|are|was|were|allocated|coded|given|fatalit(?:y|ies)|deaths|while|as|following|follows|way|split|between|among|across|over|evenly|equally)\b)*$", RegexOptions.IgnoreCase)]
    private static partial Regex Glue();

    private static readonly HashSet<string> NotPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "Fatalities", "Fatality", "Deaths", "Casualties", "Unknown", "Total", "The", "In", "With", "And", "Regime", "Clashes",
    };

    [GeneratedRegex(@"^[\s,]*each\b", RegexOptions.IgnoreCase)]
    private static partial Regex EachAfter();

    [GeneratedRegex(@"\b(?:split|divided|spread|distributed|between|among|across|over)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SplitAfter();

    // After a count, a preposition binds the places that follow to it ("4 in A and B", "2 each for C", "five each,
    // between D and E"); otherwise it closes the places named before it ("A 4", "B and C each allocated 3").
    [GeneratedRegex(@"\b(?:in|for|to|at|between|among)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BindsForward();

    private sealed record Item(string? Name, int? N, string GlueAfter);

    /// <summary>The places and shares a statement names, in order; empty when the text states no allocation.</summary>
    public static List<(string Place, int Share)> Read(string text)
    {
        var cue = Cue().Match(text);
        if (!cue.Success) return [];
        var items = new List<Item>();
        int at = cue.Index + cue.Length;
        foreach (Match m in Token().Matches(text, at))
        {
            string glue = text[at..m.Index];
            if (!Glue().IsMatch(glue) && items.Count > 0)
            {
                // "coded as 10 and distributed over the events as following 4 in A": only counts so far, start again.
                if (items.Any(t => t.Name is not null)) break;
                items.Clear();
            }
            if (items.Count > 0)
            {
                items[^1] = items[^1] with { GlueAfter = glue };
                // "coded as 10 and split between A and B": the count being split is the toll, not a share ("split, five each, between" is one).
                if (items[^1].N is not null && SplitAfter().IsMatch(glue) && !EachAfter().IsMatch(glue)) items.RemoveAt(items.Count - 1);
            }
            at = m.Index + m.Length;
            if (m.Groups["n"].Success) items.Add(new Item(null, NumberReader.ParseSimple(m.Value), ""));
            else if (!NotPlaces.Contains(m.Value)) items.Add(new Item(m.Value, null, ""));
        }
        // "coded to 10 with two coded to A": a count followed at once by another is the toll, not a share.
        for (int i = items.Count - 2; i >= 0; i--)
            if (items[i].N is not null && items[i + 1].N is not null) items.RemoveAt(i);
        // "Regiment 111 Army Base": a number inside a name is no share.
        for (int i = items.Count - 2; i >= 1; i--)
            if (items[i].N is not null && items[i - 1].Name is not null && items[i + 1].Name is not null
                && string.IsNullOrWhiteSpace(items[i - 1].GlueAfter) && string.IsNullOrWhiteSpace(items[i].GlueAfter)) items.RemoveAt(i);
        // "coded as ten ... A 3, B 3, C 4": a first count as large as the shares after it is the toll.
        var later = items.Skip(1).Where(t => t.N is not null).Sum(t => t.N!.Value);
        if (items.Count > 0 && items[0].N is { } lead && items.Skip(1).Count(t => t.N is not null) >= 2 && lead >= later) items.RemoveAt(0);

        var result = new List<(string Place, int Share)>();
        void Bind(string name, int share)
        {
            // "split between A, B and C. A 4, B 3 and C 3": a place named again takes its later share.
            result.RemoveAll(r => NameKey.Fold(r.Place) == NameKey.Fold(name));
            result.Add((name, share));
        }
        var pending = new List<string>();
        int? current = null;
        foreach (var item in items)
        {
            if (item.Name is { } name)
            {
                if (current is { } c) Bind(name, c); else pending.Add(name);
                continue;
            }
            int n = item.N!.Value;
            if (BindsForward().IsMatch(item.GlueAfter))
            {
                // The places listed before are the ones the toll is split between, not this count's.
                current = n;
            }
            else
            {
                foreach (var p in pending) Bind(p, n);
                current = null;
            }
            pending.Clear();
        }
        return result.Count >= 2 ? result : [];
    }

    /// <summary>
    /// The event's share: the share of the one allocated place its own sentence names; when it names none, the share
    /// of its resolved place; else (several named, or none known) the share most places get.
    /// </summary>
    public static int ShareFor(IReadOnlyList<(string Place, int Share)> allocation, string eventSentence, IEnumerable<string> eventPlaceNames)
    {
        string sentenceKey = " " + NameKey.Fold(eventSentence) + " ";
        var named = allocation.Where(a => sentenceKey.Contains(" " + NameKey.Fold(a.Place) + " ")).ToList();
        if (named.Count == 1) return named[0].Share;
        if (named.Count == 0)
        {
            var keys = eventPlaceNames.Select(NameKey.Fold).Where(k => k.Length > 0).ToList();
            foreach (var (place, share) in allocation)
            {
                var key = NameKey.Fold(place);
                if (key.Length > 0 && keys.Any(k => k == key || (" " + k + " ").Contains(" " + key + " ") || (" " + key + " ").Contains(" " + k + " "))) return share;
            }
        }
        return allocation.GroupBy(a => a.Share).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }
}
