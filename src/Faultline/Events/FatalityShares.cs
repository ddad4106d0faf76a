using System.Text.RegularExpressions;
using Faultline.Numbers;
using Faultline.Pipeline;

namespace Faultline.Events;

/// <summary>
/// A coder's statement that a toll is shared out ("fatalities coded as half", "10 fatalities spread across two
/// locations", "distributed over the activities in A, B and C"): the count of one event is the toll divided by the
/// number of shares, rounded down (the conservative reading). The statement applies to the toll told just before it
/// (or in its own clause), and only when that toll is one the event holds.
/// </summary>
public static partial class FatalityShares
{
    // Only a statement about the toll shares it ("fatalities split across", "the unknown number coded as 10 and split
    // between", "distributed fatalities over"): "a town divided between A and B" does not.
    private const string ShareVerb = @"(?:(?:fatalit(?:y|ies)|fatalites|deaths|casualties|toll|unknown\s+number|figure|count)\b[^.;]{0,60}?\b(?:split|spread|divided|distributed|allocated|shared|coded)|(?:split|spread|divided|distributed|allocated|shared)\s+(?:the\s+)?(?:fatalit(?:y|ies)|deaths|casualties|toll))\s+(?:evenly\s+|equally\s+)?(?:across|between|over|among|amongst)\s+(?:the\s+)?";

    [GeneratedRegex(@"\b(?:coded|recorded|counted)\s+as\s+half\b|\bhalved\b", RegexOptions.IgnoreCase)]
    private static partial Regex Half();

    [GeneratedRegex(@"\b" + ShareVerb + @"(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}?(?:locations|events|areas|days|villages|towns|sites|fronts|districts|activities|places|neighbou?rhoods|incidents|attacks|strikes|clashes|governorates|provinces|battlefronts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Counted();

    [GeneratedRegex(@"\b" + ShareVerb + @"(?:(?:activities|events|locations|areas|clashes|attacks|strikes)\s+(?:in|at|on)\s+)?(?<list>[^.;:()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Listed();

    [GeneratedRegex(@",\s*(?:and\s+)?|\s+and\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    /// <summary>The number of shares a sentence states, or 1.</summary>
    public static int SharesIn(string sentence)
    {
        int shares = 1;
        if (Half().IsMatch(sentence)) shares *= 2;
        var counted = Counted().Match(sentence);
        if (counted.Success)
        {
            shares *= NumberReader.ParseSimple(counted.Groups["n"].Value) is { } n and > 1 ? n : 1;
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

    /// <summary>Divides an event's combined count by the shares stated after the toll it holds.</summary>
    public static Quantity Apply(AnnotatedDocument doc, IReadOnlyList<FatalityMention> deaths, Quantity combined)
    {
        if (deaths.Count == 0 || combined.Best == 0) return combined;
        int shares = 1;
        foreach (var sentence in doc.Sentences)
        {
            string text = sentence.Span.Of(doc.Text);
            int n = SharesIn(text);
            if (n <= 1) continue;
            // The toll the statement shares out: the last one told before its end.
            var toll = doc.Fatalities.LastOrDefault(f => f.Span.Start < sentence.Span.End);
            if (toll is null || !deaths.Contains(toll)) continue;
            shares *= n;
        }
        if (shares <= 1) return combined;
        return new Quantity(combined.Low / shares, combined.Best / shares, combined.High / shares, combined.Hedge);
    }
}
