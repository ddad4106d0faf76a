using System.Text.RegularExpressions;
using Faultline.Text;

namespace Faultline.Numbers;

/// <summary>A death count read from one sentence: the summed figure, its parts ("3 from X and 2 from Y"), and whether it updates an earlier toll.</summary>
public sealed record FatalityMention(TextSpan Span, Quantity Count, IReadOnlyList<NumberMention> Parts, bool IsUpdate);

/// <summary>
/// Reads reported deaths. A number is a death count when death words follow it ("5 people were killed", "3 dead")
/// or lead up to it ("killing 3", "claimed the lives of 3", "the death toll rose to 30") before any injury,
/// arrest or abduction word does. Counts joined by "and" in one clause are parts of one total; a stated total
/// beside its parts is not double counted.
/// </summary>
public static partial class FatalityReader
{
    [GeneratedRegex(@"\b(?:killed|killing|kills|dead|died|die|deaths?|fatalities|fatality|lives|bodies|body|corpses?|slain|massacred|executed|perished|lifeless|death\s+toll|toll)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeathWord();

    [GeneratedRegex(@"\b(?:wounded|wounding|injured|injuring|injuries|hurt|arrested|arresting|detained|detaining|kidnapped|abducted|missing|captured|displaced|rescued|evacuated|hospitali[sz]ed|treated|survived|escaped|released|freed|homes|houses|shops|vehicles|cars|buildings|rockets|missiles|shells|mortars|drones|protesters\s+gathered|participants|people\s+(?:protested|gathered|rallied))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherWord();

    [GeneratedRegex(@"(?:\b(?:killing|killed|kill|claim(?:ed|ing)?\s+the\s+lives?\s+of|took\s+the\s+lives?\s+of|(?:death\s+)?toll\s+(?:\w+\s+){0,4}?(?:to|at|of|reached|stands\s+at|stood\s+at)|deaths?\s+of|bodies\s+of|execut(?:ed|ing)|massacr(?:ed|ing)|shot\s+dead|shooting\s+dead|murder(?:ed|ing))\s+(?:\w+\s+){0,2}?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeathBefore();

    [GeneratedRegex(@"^\s*(?:more\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|decades?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:rose|risen|rises|increased|climbed|reached|mounted|jumped)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateWord();


    /// <summary>Death counts in one sentence (usually one; more when the sentence tells separate tolls).</summary>
    public static List<FatalityMention> Find(string text, TextSpan sentence, IReadOnlyList<NumberMention> numbers)
    {
        var result = new List<FatalityMention>();
        var parts = new List<NumberMention>();
        bool update = false;
        NumberMention? previousInSentence = null;
        foreach (var n in numbers)
        {
            if (!sentence.Contains(n.Span)) continue;
            if (CodedCount(text, n) is { } coded)
            {
                result.Add(new FatalityMention(n.Span, coded, [n], IsUpdate: true));
                previousInSentence = n;
                continue;
            }
            bool death = IsDeathCount(text, sentence, n, out bool isUpdate);
            bool continuesList = !death && parts.Count > 0 && BetweenIsListJoin(text, parts[^1], n) && !OtherFollows(text, sentence, n);
            // "At least six fighters and two others were killed": an earlier count joined by "and" shares the death word.
            if (death && parts.Count == 0 && previousInSentence is { } prev && BetweenIsListJoin(text, prev, n))
                parts.Add(prev);
            if (death || continuesList)
            {
                if (death && parts.Count > 0 && !BetweenIsListJoin(text, parts[^1], n))
                {
                    result.Add(Total(parts, update));
                    parts = [];
                    update = false;
                }
                parts.Add(n);
                update |= isUpdate;
            }
            previousInSentence = n;
        }
        if (parts.Count > 0) result.Add(Total(parts, update));
        if (result.Count == 0 && SingleVictim(text, sentence) is { } one) result.Add(one);
        return result;
    }

    private const string Person = @"(?:man|woman|boy|girl|child|baby|civilian|soldier|officer|policeman|policewoman|member|fighter|militant|person|resident|farmer|shepherd|herder|journalist|teacher|student|commander|leader|IDP|refugee|worker|driver|elder|official|activist|cleric|imam|priest|doctor|nurse|trader|merchant|guard|colonel|general|judge|lawyer|politician|councillor|chief|teenager|youth|villager|citizen|employee|engineer|tribesman|militiaman|jihadist|rebel|insurgent|suspect|protester|demonstrator|migrant|prisoner|detainee)";

    [GeneratedRegex(@"\b(?:an?|one)\s+(?:[\w'’-]+\s+){0,4}?" + Person + @"\b[^.;]{0,80}?\b(?:(?:was|had\s+been|has\s+been)\s+)?(?:killed|shot\s+dead|died|dead|executed|beheaded|murdered|assassinated|lynched|stabbed\s+to\s+death|beaten\s+to\s+death)\b|\b(?:(?:dead\s+)?bod(?:y|ies)\s+of|killing|killed|assassinat(?:ed|ing)|execut(?:ed|ing)|behead(?:ed|ing)|murder(?:ed|ing)|shot\s+dead|shooting\s+dead|lynch(?:ed|ing))\s+(?:an?|one)\s+(?:[\w'’-]+\s+){0,4}?" + Person + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingleVictimPattern();

    /// <summary>"A man was killed", "killing a civilian": one death where no number is written.</summary>
    private static FatalityMention? SingleVictim(string text, TextSpan sentence)
    {
        var m = SingleVictimPattern().Match(text, sentence.Start, sentence.Length);
        if (!m.Success) return null;
        // "a man was wounded ... a soldier killed" is still caught; an injury word before the death word is not a death.
        var inner = m.Value;
        var other = OtherWord().Match(inner);
        var death = DeathWord().Match(inner);
        if (other.Success && (!death.Success || other.Index < death.Index) && !inner.StartsWith("kill", StringComparison.OrdinalIgnoreCase)) return null;
        var span = new TextSpan(m.Index, m.Index + m.Length);
        var one = new NumberMention(span, Quantity.Exactly(1));
        return new FatalityMention(span, one.Value, [one], false);
    }

    [GeneratedRegex(@"(?:fatalit(?:y|ies)|deaths|casualties|killed)\s+(?:were\s+|was\s+|are\s+)?(?:coded|recorded)\s+(?:as|to|at)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CodedAsBefore();

    [GeneratedRegex(@"^\s*(?:fatalit(?:y|ies)|deaths)\s+(?:were\s+)?coded\b", RegexOptions.IgnoreCase)]
    private static partial Regex CodedAfter();

    /// <summary>A coder's own statement of the count ("unknown fatalities coded as 10", "20 fatalities coded"): it is the count.</summary>
    private static Quantity? CodedCount(string text, NumberMention n)
    {
        int from = Math.Max(0, n.Span.Start - 50);
        if (CodedAsBefore().IsMatch(text.AsSpan(from, n.Span.Start - from))) return Quantity.Exactly(n.Value.Best);
        if (CodedAfter().IsMatch(text.AsSpan(n.Span.End, Math.Min(30, text.Length - n.Span.End)))) return Quantity.Exactly(n.Value.Best);
        return null;
    }

    private static FatalityMention Total(List<NumberMention> parts, bool update)
    {
        var sum = parts[0].Value;
        for (int i = 1; i < parts.Count; i++) sum = sum.Plus(parts[i].Value);
        return new FatalityMention(TextSpan.Cover(parts[0].Span, parts[^1].Span), sum, parts.ToList(), update);
    }

    /// <summary>"3 militia members from X and 2 ...": the words between two counts are one noun phrase and "and".</summary>
    private static bool BetweenIsListJoin(string text, NumberMention a, NumberMention b)
    {
        var between = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
        if (between.Length > 90 || between.IndexOfAny('.', ';') >= 0) return false;
        var s = between.ToString();
        if (DeathWord().IsMatch(s) || OtherWord().IsMatch(s)) return false;
        return Regex.IsMatch(s, @"(?:\band|,|\bplus|\bas\s+well\s+as)\s*$", RegexOptions.IgnoreCase);
    }

    private static bool OtherFollows(string text, TextSpan sentence, NumberMention n)
    {
        int end = Math.Min(sentence.End, n.Span.End + 60);
        var after = text.Substring(n.Span.End, end - n.Span.End);
        var other = OtherWord().Match(after);
        var death = DeathWord().Match(after);
        return other.Success && (!death.Success || other.Index < death.Index);
    }

    private static bool IsDeathCount(string text, TextSpan sentence, NumberMention n, out bool isUpdate)
    {
        isUpdate = false;
        int from = Math.Max(sentence.Start, n.Span.Start - 70);
        string before = text.Substring(from, n.Span.Start - from);
        if (DeathBefore().IsMatch(before))
        {
            isUpdate = UpdateWord().IsMatch(before);
            return true;
        }
        int end = Math.Min(sentence.End, n.Span.End + 70);
        string after = text.Substring(n.Span.End, end - n.Span.End);
        // "two days of turmoil": a duration, not a count of people.
        if (Duration().IsMatch(after)) return false;
        int clauseEnd = after.IndexOfAny(['.', ';', ':']);
        if (clauseEnd >= 0) after = after[..clauseEnd];
        var death = DeathWord().Match(after);
        if (!death.Success) return false;
        // "killed, injured or captured": the text does not say how many died.
        if (Regex.IsMatch(after[death.Index..], @"^\w+\s*(?:,\s*\w+\s*)?,?\s+or\s+(?:injured|wounded|captured|arrested|missing)", RegexOptions.IgnoreCase)) return false;
        var other = OtherWord().Match(after);
        if (other.Success && other.Index < death.Index) return false;
        // "5 people were killed" or "3 dead" but not "30 killed 2" where the death word belongs to a later count.
        var nextNumberGap = after[..death.Index];
        if (Regex.IsMatch(nextNumberGap, @"\b\d+\b")) return false;
        isUpdate = UpdateWord().IsMatch(before);
        return true;
    }
}
