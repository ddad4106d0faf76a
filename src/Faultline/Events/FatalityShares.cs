using System.Text.RegularExpressions;
using Faultline.Numbers;
using Faultline.Pipeline;
using Faultline.Text;

namespace Faultline.Events;

/// <summary>
/// A coder's statement that a toll is shared out ("fatalities coded as half", "10 fatalities spread across two
/// locations", "distributed over the activities in A, B and C"): the count of one event is the toll divided by the
/// number of shares, rounded to the share most events get (<see cref="Share"/>), or the share a stated allocation gives
/// its place (<see cref="FatalityAllocation"/>). The statement applies to the toll told just before it (or in its own
/// clause), and only when that toll is one the event holds.
/// </summary>
public static partial class FatalityShares
{
    // Only a statement about the toll shares it ("fatalities split across", "the unknown number coded as 10 and split
    // between", "distributed fatalities over"): "a town divided between A and B" does not.
    private const string ShareVerb = @"(?:(?:fatalit(?:y|ies)|fatalites|deaths|casualties|toll|unknown\s+number|figure|count)\b[^.;]{0,60}?\b(?:split|spread|divided|distributed|allocated|shared|coded)(?:\s+up)?|(?:split|spread|divided|distributed|allocated|shared)\s+(?:the\s+)?(?:fatalit(?:y|ies)|deaths|casualties|toll))\s+(?:evenly\s+|equally\s+)?(?:across|between|over|among|amongst)\s+(?:the\s+)?";

    [GeneratedRegex(@"\b(?:coded|recorded|counted)\s+as\s+half\b|\bhalved\b", RegexOptions.IgnoreCase)]
    private static partial Regex Half();

    [GeneratedRegex(@"\b" + ShareVerb + @"(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}?(?:locations|events|areas|days|villages|towns|sites|fronts|districts|activities|places|neighbou?rhoods|incidents|attacks|strikes|clashes|governorates|provinces|battlefronts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Counted();

    [GeneratedRegex(@"\G\s*(?:in|on|over|across)\s+(?<n>\d|two|three|four|five|six|seven)\s+(?:separate\s+)?(?:days|dates)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Days();

    [GeneratedRegex(@"\b" + ShareVerb + @"(?:(?:activities|events|locations|areas|clashes|attacks|strikes)\s+(?:in|at|on)\s+)?(?<list>[^.;:()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Listed();

    [GeneratedRegex(@",\s*(?:and\s+)?|\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    /// <summary>Suicide bombers named anywhere in a report (most name none).</summary>
    internal static readonly PrefilteredRegex BombersIn = new(Bombers());

    /// <summary>The patterns that can change a shared toll (<see cref="FatalityAllocation.Cue"/>, <see cref="SharesIn"/>'s).</summary>
    internal static readonly PrefilteredRegex[] ShareStatements = [new(FatalityAllocation.Cue()), new(Half()), new(Counted()), new(Listed())];

    /// <summary>The number of shares a sentence states, or 1.</summary>
    public static int SharesIn(string sentence)
    {
        int shares = 1;
        if (Half().IsMatch(sentence)) shares *= 2;
        var counted = Counted().Match(sentence);
        if (counted.Success)
        {
            shares *= NumberReader.ParseSimple(counted.Groups["n"].Value) is { } n and > 1 ? n : 1;
            // "spread across three locations in two days", "(2 locations on 2 dates)": one event per place and day.
            var days = Days().Match(sentence, counted.Index + counted.Length);
            if (days.Success && NumberReader.ParseSimple(days.Groups["n"].Value) is { } d and > 1) shares *= d;
            return shares;
        }
        var listed = Listed().Match(sentence);
        if (listed.Success)
        {
            // Names of places, each starting with a capital ("Tal Asa, Um Zaytuna, and Bsida").
            int names = ListSeparator().Split(listed.Groups["list"].Value.Trim())
                .Count(item => item.Length > 0 && char.IsUpper(item[0]));
            if (names > 1) shares *= names;
        }
        return shares;
    }

    private const string Count = @"(?<n>\d{1,2}|an?|one|two|three|four|five|six)";

    [GeneratedRegex(@"\b" + Count + @"\s+(?:[\w'’-]+\s+){0,3}?suicide\s+(?:car[\s-]?|truck[\s-]?)?(?:bombers?|attackers?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Bombers();

    [GeneratedRegex(@"\b(?:blew\s+(?:him|her|them)sel(?:f|ves)\s+up|detonated\s+(?:him|her|them)sel(?:f|ves)|detonated\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:belt|vest|car|vehicle)|rammed|explod\w*|detonat\w*|struck|targeted|attacked|stormed|raided|hit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Detonation();

    [GeneratedRegex(@"\b(?:arrest\w*|foiled|thwarted|intercepted|captured|neutrali[sz]ed|prevented|defused|caught|before\s+(?:he|she|they)\s+could|surrendered)\b|\b(?:including|along\s+with|among\s+them)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:suicide\s+)?(?:bombers?|attackers?)|\b(?:bombers?|attackers?)\s+(?:was|were)\s+(?:also\s+)?(?:killed|among)|\bkilling\s+(?:the\s+)?(?:suicide\s+)?(?:bombers?|attackers?)\b|\bexcept\s+for\s+the\s+(?:driver|bomber|attacker)", RegexOptions.IgnoreCase)]
    private static partial Regex BomberCountedOrStopped();

    /// <summary>
    /// A suicide bomber who blew himself up counts among the dead (CODEBOOK): the victims told plus the bombers,
    /// unless the text already counts them or the attack was stopped.
    /// </summary>
    public static Quantity AddSuicideBombers(AnnotatedDocument doc, IEnumerable<int> sentences, IReadOnlyList<FatalityMention> deaths, Quantity combined)
    {
        // Most reports name no suicide bomber: one look for the pattern's words per report before any sentence is read.
        if (!BombersIn.MayOccurIn(doc.Text)) return combined;
        int bombers = 0;
        foreach (int i in sentences.Distinct().Order())
        {
            string text = doc.Sentences[i].Span.Of(doc.Text);
            var m = Bombers().Match(text);
            if (!m.Success) continue;
            if (!Detonation().IsMatch(text) || BomberCountedOrStopped().IsMatch(text)) return combined;
            // The toll already names the bombers ("3 suicide bombers were killed"): no addition.
            var span = new Text.TextSpan(doc.Sentences[i].Span.Start + m.Index, doc.Sentences[i].Span.Start + m.Index + m.Length);
            if (deaths.Any(d => d.Span.Overlaps(span))) return combined;
            string n = m.Groups["n"].Value.ToLowerInvariant();
            bombers = Math.Max(bombers, n is "a" or "an" ? 1 : NumberReader.ParseSimple(n) ?? 1);
        }
        if (bombers == 0) return combined;
        return new Quantity(combined.Low + bombers, combined.Best + bombers, combined.High + bombers, combined.Hedge);
    }

    /// <summary>
    /// An event's share of the toll it holds: the share an allocation statement gives its place, else the combined
    /// count divided by the shares stated after the toll.
    /// </summary>
    public static Quantity Apply(AnnotatedDocument doc, IReadOnlyList<FatalityMention> deaths, Quantity combined, string eventSentence, IEnumerable<string> placeNames)
    {
        if (deaths.Count == 0 || combined.Best == 0) return combined;
        // Most reports share no toll out: without the words of an allocation or a sharing statement, nothing to read.
        if (!ShareStatements.Any(p => p.MayOccurIn(doc.Text))) return combined;
        int shares = 1;
        for (int i = 0; i < doc.Sentences.Count; i++)
        {
            var sentence = doc.Sentences[i];
            // The toll the statement shares out: the last one told before its end.
            var toll = doc.Fatalities.LastOrDefault(f => f.Span.Start < sentence.Span.End);
            if (toll is null || !deaths.Contains(toll)) continue;
            // An allocation may run on past a full stop ("Karsaa 3. Faqie 3, Termala 4").
            int end = i + 1 < doc.Sentences.Count ? doc.Sentences[i + 1].Span.End : sentence.Span.End;
            var allocation = FatalityAllocation.Read(doc.Text[sentence.Span.Start..end]);
            if (allocation.Count > 0) return Quantity.Exactly(FatalityAllocation.ShareFor(allocation, eventSentence, placeNames));
            int n = SharesIn(sentence.Span.Of(doc.Text));
            if (n > 1) shares *= n;
        }
        if (shares <= 1) return combined;
        return new Quantity(Share(combined.Low, shares), Share(combined.Best, shares), combined.High is { } h ? Share(h, shares) : null, combined.Hedge);
    }

    /// <summary>
    /// One event's share of a toll split over n events. The remainder goes one to an event (10 over 3 = 4 + 3 + 3), so
    /// the share most events get is the toll divided and rounded to the nearest, halves down (the conservative side).
    /// </summary>
    public static int Share(int toll, int n) => toll / n + (2 * (toll % n) > n ? 1 : 0);
}
