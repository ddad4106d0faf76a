using System.Text.RegularExpressions;
using Faultline.Text;

namespace Faultline.Numbers;

/// <summary>A death count read from one sentence: the summed figure, its parts ("3 from X and 2 from Y"), and whether it updates an earlier toll.</summary>
public sealed record FatalityMention(TextSpan Span, Quantity Count, IReadOnlyList<NumberMention> Parts, bool IsUpdate)
{
    /// <summary>Deaths told as adding to a toll already given ("3 other civilians died", "another 2", "a child was also killed").</summary>
    public bool IsAddition { get; init; }
}

/// <summary>
/// Reads reported deaths. A number is a death count when death words follow it ("5 people were killed", "3 dead")
/// or lead up to it ("killing 3", "claimed the lives of 3", "the death toll rose to 30") before any injury,
/// arrest or abduction word does. Counts joined by "and" in one clause are parts of one total; a stated total
/// beside its parts is not double counted.
/// </summary>
public static partial class FatalityReader
{

    // The patterns below were static Regex calls (interpreted, looked up in the 15-entry regex cache on every call):
    // the same patterns and options, source-generated.
    [GeneratedRegex(@"\bamong\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmongWord();

    [GeneratedRegex(@"^\s*among\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmongAfter();

    [GeneratedRegex(@"\band\s+(?:(?:his|her|their)\s+(?:[\w'’-]+\s+)?" + Companion + @"|another\s+(?:[\w'’-]+\s+){0,2}?(?:" + Person + @"|" + Companion + @"))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AndCompanionIn();

    [GeneratedRegex(@"^(?:\s+and\s+(?:(?:his|her|their)\s+)?[\w'’-]+)?\s+(?:(?:was|were)\s+)?(?:injured|wounded|hurt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompanionHurtAfter();

    [GeneratedRegex(@"(?:\band|,|\bplus|\bas\s+well\s+as)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoinAtEnd();

    [GeneratedRegex(@"^\s+of\s+whom\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfWhomAfter();

    [GeneratedRegex(@"^\s+of\s+them\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfThemAfter();

    [GeneratedRegex(@"\balso\s+(?:killed|died)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoKilled();

    [GeneratedRegex(@"\b(?:killed|killing|dead|died|executed|assassinated|murdered)\s+(?:\w+\s+)?and\s+(?:\w+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeathAndBefore();

    [GeneratedRegex(@"^\w+\s*(?:,\s*\w+\s*)?,?\s+or\s+(?:injured|wounded|captured|arrested|missing)", RegexOptions.IgnoreCase)]
    private static partial Regex DeathOrOther();

    [GeneratedRegex(@"^(?:killing|killed)\s+(?:them|both)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KillingThem();

    [GeneratedRegex(@"\b\d+\b")]
    private static partial Regex DigitWord();
    [GeneratedRegex(@"\b(?:killed|killing|kills|dead|died|die|deaths?|fatalities|fatality|lives|bodies|body|corpses?|slain|massacred|executed|assassinated|beheaded|murdered|perished|succumbed|deceased|lifeless|death\s+toll|toll)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeathWord();

    [GeneratedRegex(@"\b(?:wounded|wounding|injured|injuring|injuries|hurt|arrested|arresting|detained|detaining|kidnapped|abducted|missing|captured|displaced|rescued|evacuated|hospitali[sz]ed|treated|survived|escaped|released|freed|homes|houses|shops|vehicles|cars|buildings|rockets|missiles|shells|mortars|drones|protesters\s+gathered|participants|people\s+(?:protested|gathered|rallied))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherWord();

    [GeneratedRegex(@"(?:\b(?:killing|killed|kill|claim(?:ed|ing)?\s+the\s+lives?\s+of|took\s+the\s+lives?\s+of|(?:death\s+)?toll\s+(?:\w+\s+){0,4}?(?:to|at|of|reached|stands\s+at|stood\s+at)|deaths?\s+of|bodies\s+of|execut(?:ed|ing)|massacr(?:ed|ing)|assassinat(?:ed|ing)|behead(?:ed|ing)|shot\s+dead|shooting\s+dead|shot\s+to\s+death|murder(?:ed|ing)|(?:fatality|death|casualty)\s+(?:count|figure|number)\s+(?:\w+\s+){0,4}?(?:to|at|of|reached)|(?:fatalities|deaths)\s+(?:\w+\s+){0,2}?(?:rose|risen|increased|climbed|reached|jumped)\s+to|put\s+the\s+(?:fatalities|deaths|death\s+toll|toll|dead)\s+at|(?:resulting\s+in|result(?:ed|s)\s+in|led\s+to|leading\s+to|caused|causing)\s+the\s+deaths?\s+of)\s+(?:\w+\s+){0,2}?(?:family\s+of\s+)?[""“']?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DeathBefore();

    [GeneratedRegex(@"^(?:killing|kills)\b|^killed\s+(?:an?|his|her|their|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveKilling();

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
            // "8 civilians, 2 of whom were children", "including 3 women": part of a count already told.
            if (Subset(text, sentence, n)) continue;
            // "5 people from a single family": the family is no count of the dead.
            if (OneFamily().IsMatch(text.AsSpan(n.Span.Start, Math.Min(n.Span.Length + 20, sentence.End - n.Span.Start)))) continue;
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
        if (parts.Count > 0)
        {
            // "A woman and two children were killed": the person named before the count shares its verb.
            int from = Math.Max(sentence.Start, parts[0].Span.Start - 60);
            var lead = OnePersonAnd().Match(text.Substring(from, parts[0].Span.Start - from));
            if (lead.Success && !parts.Any(p => p.Span.Start < parts[0].Span.Start))
                parts.Insert(0, new NumberMention(new TextSpan(from + lead.Index, from + lead.Index + lead.Length), Quantity.Exactly(1)));
            if (TrailingOne(text, sentence, parts[^1]) is { } joined) parts.Add(joined);
            result.Add(Total(parts, update));
        }
        if (result.Count == 0 && DeathStem().IsMatch(text.AsSpan(sentence.Start, sentence.Length)) && SingleVictim(text, sentence) is { } one) result.Add(one);
        for (int i = 0; i < result.Count; i++)
            if (!result[i].IsUpdate && IsAddition(text, sentence, result[i])) result[i] = result[i] with { IsAddition = true };
        return result;
    }

    private const string Person = @"(?:man|woman|boy|girl|child|baby|civilian|soldier|officer|policeman|policewoman|member|fighter|militant|person|resident|farmer|shepherd|herder|journalist|teacher|student|commander|leader|IDP|refugee|worker|driver|elder|official|activist|cleric|imam|priest|doctor|nurse|trader|merchant|guard|colonel|general|judge|lawyer|politician|councillor|chief|teenager|youth|villager|citizen|employee|engineer|tribesman|militiaman|jihadist|rebel|insurgent|suspect|protester|demonstrator|migrant|prisoner|detainee|volunteer|agent|director|mukhtar|sheikh|shaykh|candidate|fisherman|smuggler|pilgrim|player|photographer|reporter|bodyguard|mayor|governor|mother|father|son|daughter|brother|sister|wife|husband|pilot|paramedic|medic|professor|lecturer|businessman|contractor|bomber|attacker|assailant|gunman|shooter|sniper|lieutenant|captain|sergeant|corporal|brigadier|bystander|passer-?by|personnel|male|female|owner)";

    /// <summary>Relatives and companions told with a single victim ("a man and his son", "a woman and two of her children").</summary>
    private const string Companion = @"(?:son|daughter|wife|husband|brother|sister|father|mother|child|nephew|niece|cousin|bodyguard|driver|companion|friend|guard|grandson|granddaughter)";

    [GeneratedRegex(@"\b(?:an?|one)\s+(?:[\w'’""“”-]+\s+){0,4}?" + Person + @"\b[^.;]{0,80}?\b(?:(?:was|had\s+been|has\s+been)\s+)?(?:killed|shot\s+dead|died|dead|executed|beheaded|murdered|assassinated|lynched|stabbed\s+to\s+death|beaten\s+to\s+death)\b|\b(?:(?:dead\s+)?bod(?:y|ies)\s+of|killing|killed|assassinat(?:ed|ing)|execut(?:ed|ing)|behead(?:ed|ing)|murder(?:ed|ing)|shot\s+dead|shooting\s+dead|lynch(?:ed|ing))\s+(?:an?|one)\s+(?:[\w'’-]+\s+){0,4}?" + Person + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingleVictimPattern();

    // One death told by reference ("his death", "the soldier was killed", "killing the driver"): thirteen alternatives
    // written as four regexes matched as their alternation (see AlternationRegex): as one, the generated matcher was
    // too large for the JIT to optimise.
    [GeneratedRegex(@"\b(?:an?|one)\s+(?:[\w'’-]+\s+){0,3}?" + Person + @"['’]s\s+(?:dead\s+)?body\s+(?:was\s+|had\s+been\s+)?(?:found|discovered|recovered)\b|\bstabbed\s+(?:an?|the|one)\s+(?:[\w'’-]+\s+){0,4}?" + Person + @"\s+to\s+death\b", RegexOptions.IgnoreCase)]
    private static partial Regex BodyFoundOrStabbed();

    [GeneratedRegex(@"\bleaving\s+(?:the|an?|one)\s+(?:[\w'’-]+\s+){0,3}?" + Person + @"\s+dead\b|\bwas\s+(?:[\w'’-]+\s+){0,4}?found\s+(?:dead|killed|murdered)\b|\b(?:kill(?:ed|ing)|shot\s+dead|shooting\s+dead|execut(?:ed|ing)|assassinat(?:ed|ing)|murder(?:ed|ing))\s+(?:him|her)\b|\b(?:led\s+to|leading\s+to|resulting\s+in|resulted\s+in|caus(?:ed|ing))\s+(?:his|her)\s+(?:\w+\s+)?death\b|\bsuccumbed\s+to\s+(?:his|her)\s+(?:\w+\s+)?(?:wounds|injuries)|\b(?:he|she)\s+(?:was|had\s+been|has\s+been)\s+(?:(?:reportedly|reported|later|also)\s+)?(?:killed|shot\s+dead|executed|murdered|assassinated)\b|\b(?:he|she)\s+(?:later\s+)?died\b|\bwas\s+(?:(?:reportedly|reported|later|also|allegedly)\s+)?(?:killed|shot\s+dead|fatally\s+shot|executed|assassinated|murdered|beheaded|lynched)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeftDeadOrTheirDeath();

    [GeneratedRegex(@"\b(?:killing|(?:later\s+)?death)\s+of\s+(?:an?|the|one)\s+(?:[\w'’""“”-]+\s+){0,3}?" + Person + @"\b|\bthe\s+(?:[\w'’-]+\s+){0,2}?" + Person + @"\s+(?:(?:was|had\s+been|has\s+been)\s+(?:(?:reportedly|reported|later|also)\s+)?(?:killed|shot\s+dead|executed|murdered|assassinated)|(?:later\s+)?died)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeathOfOrThePersonDied();

    [GeneratedRegex(@"\b(?:assassinat(?:ed|ing)|execut(?:ed|ing)|behead(?:ed|ing)|murder(?:ed|ing)|kill(?:ed|ing))\s+the\s+(?:[\w'’-]+\s+){0,3}?" + Person + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex KilledThePerson();

    internal static readonly AlternationRegex OneByReferencePattern = new(BodyFoundOrStabbed(), LeftDeadOrTheirDeath(), DeathOfOrThePersonDied(), KilledThePerson());

    /// <summary>The same pattern as one regex (the tests check the parts against it).</summary>
    internal const string WholeOneByReferencePattern = @"\b(?:an?|one)\s+(?:[\w'’-]+\s+){0,3}?" + Person + @"['’]s\s+(?:dead\s+)?body\s+(?:was\s+|had\s+been\s+)?(?:found|discovered|recovered)\b|\bstabbed\s+(?:an?|the|one)\s+(?:[\w'’-]+\s+){0,4}?" + Person + @"\s+to\s+death\b|\bleaving\s+(?:the|an?|one)\s+(?:[\w'’-]+\s+){0,3}?" + Person + @"\s+dead\b|\bwas\s+(?:[\w'’-]+\s+){0,4}?found\s+(?:dead|killed|murdered)\b|\b(?:kill(?:ed|ing)|shot\s+dead|shooting\s+dead|execut(?:ed|ing)|assassinat(?:ed|ing)|murder(?:ed|ing))\s+(?:him|her)\b|\b(?:led\s+to|leading\s+to|resulting\s+in|resulted\s+in|caus(?:ed|ing))\s+(?:his|her)\s+(?:\w+\s+)?death\b|\bsuccumbed\s+to\s+(?:his|her)\s+(?:\w+\s+)?(?:wounds|injuries)|\b(?:he|she)\s+(?:was|had\s+been|has\s+been)\s+(?:(?:reportedly|reported|later|also)\s+)?(?:killed|shot\s+dead|executed|murdered|assassinated)\b|\b(?:he|she)\s+(?:later\s+)?died\b|\bwas\s+(?:(?:reportedly|reported|later|also|allegedly)\s+)?(?:killed|shot\s+dead|fatally\s+shot|executed|assassinated|murdered|beheaded|lynched)\b|\b(?:killing|(?:later\s+)?death)\s+of\s+(?:an?|the|one)\s+(?:[\w'’""“”-]+\s+){0,3}?" + Person + @"\b|\bthe\s+(?:[\w'’-]+\s+){0,2}?" + Person + @"\s+(?:(?:was|had\s+been|has\s+been)\s+(?:(?:reportedly|reported|later|also)\s+)?(?:killed|shot\s+dead|executed|murdered|assassinated)|(?:later\s+)?died)\b|\b(?:assassinat(?:ed|ing)|execut(?:ed|ing)|behead(?:ed|ing)|murder(?:ed|ing)|kill(?:ed|ing))\s+the\s+(?:[\w'’-]+\s+){0,3}?" + Person + @"\b";

    [GeneratedRegex(@"\b(?:against|condemn\w*|denounc\w*|mourn\w*|commemorat\w*|justice\s+for|vigil\s+for|funeral\s+of|anniversary\s+of|involved\s+in|responsible\s+for|accused\s+of|over\s+the\s+(?:killing|death|murder))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Grievance();

    [GeneratedRegex(@"^\s+and\s+(?:(?:his|her|their)\s+(?:[\w'’-]+\s+)?" + Companion + @"\b|(?:an?|one|another)\s+(?:[\w'’-]+\s+){0,2}?(?:" + Person + @"|" + Companion + @")\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OneCompanion();

    [GeneratedRegex(@"^\s+and\s+(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:of\s+)?(?:his|her|their)\s+(?:[\w'’-]+\s+)?(?:children|sons|daughters|relatives|brothers|sisters|guards|bodyguards|companions|family\s+members|colleagues|friends)|(?:[\w'’-]+\s+)?(?:children|men|women|boys|girls|civilians|soldiers|officers|fighters|people)(?!\s+(?:(?:were|was)\s+)?(?:\w+\s+)?(?:injured|wounded|hurt)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompanionCount();

    [GeneratedRegex(@"\b(?:an?|one)\s+(?:[\w'’-]+\s+){0,3}?" + Person + @"\s+and\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OnePersonAnd();

    [GeneratedRegex(@"^(?:an?\s+)?(?:single|one)\s+(?:family|household)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneFamily();

    [GeneratedRegex(@"^\s+(?<words>(?:[\w'’-]+\s+){0,3}?)and\s+(?:an?|one)\s+(?:[\w'’-]+\s+){0,2}?" + Person + @"\b(?!\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?(?:injured|wounded|hurt|arrested|abducted|kidnapped))", RegexOptions.IgnoreCase)]
    private static partial Regex AndOnePerson();

    /// <summary>"killing 2 men and a child": one more victim joined to the count's own noun phrase.</summary>
    private static NumberMention? TrailingOne(string text, TextSpan sentence, NumberMention last)
    {
        var m = AndOnePerson().Match(text.Substring(last.Span.End, Math.Min(70, sentence.End - last.Span.End)));
        if (!m.Success) return null;
        // "2 soldiers were killed and a civilian ..." is another clause: only the count's own noun may come between.
        var words = m.Groups["words"].Value;
        if (DeathWord().IsMatch(words) || OtherWord().IsMatch(words) || words.Contains(',')) return null;
        int start = last.Span.End + m.Index;
        return new NumberMention(new TextSpan(start, start + m.Length), Quantity.Exactly(1));
    }

    /// <summary>
    /// A word stem every single-victim pattern holds: sentences without one (most) skip those costly patterns.
    /// </summary>
    [GeneratedRegex(@"kill|died|dead|death|execut|behead|murder|assassinat|lynch|succumb|fatally|bod(?:y|ies)|found", RegexOptions.IgnoreCase)]
    private static partial Regex DeathStem();

    /// <summary>"A man was killed", "killing a civilian", "killing him": one death where no number is written; two with "and his son".</summary>
    private static FatalityMention? SingleVictim(string text, TextSpan sentence)
    {
        var m = SingleVictimPattern().Match(text, sentence.Start, sentence.Length);
        if (!m.Success)
        {
            m = OneByReferencePattern.Match(text, sentence.Start, sentence.Length);
            if (!m.Success) return null;
        }
        // "protested against the killing of a demonstrator last week": a death the event is about, not one it caused.
        int lead = Math.Max(sentence.Start, m.Index - 50);
        if (Grievance().IsMatch(text.AsSpan(lead, m.Index + m.Length - lead))) return null;
        // "a volunteer was among those killed": one of a toll told elsewhere.
        if (AmongWord().IsMatch(m.Value) || AmongAfter().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(20, sentence.End - m.Index - m.Length)))) return null;
        // "a man was wounded ... a soldier killed" is still caught; an injury word before the death word is not a death.
        var inner = m.Value;
        var other = OtherWord().Match(inner);
        var death = DeathWord().Match(inner);
        if (other.Success && (!death.Success || other.Index < death.Index) && !inner.StartsWith("kill", StringComparison.OrdinalIgnoreCase)) return null;
        var span = new TextSpan(m.Index, m.Index + m.Length);
        var one = new NumberMention(span, Quantity.Exactly(1));
        var after = OneCompanion().Match(text.Substring(span.End, Math.Min(60, sentence.End - span.End)));
        // "A child was killed and her mother and sister injured": the companions' own verb decides.
        int companionEnd = span.End + (after.Success ? after.Length : 0);
        bool companionHurt = CompanionHurtAfter().IsMatch(text.AsSpan(companionEnd, Math.Min(40, sentence.End - companionEnd)));
        if (!after.Success && !companionHurt && AndCompanionIn().IsMatch(inner))
        {
            var two = new NumberMention(span, Quantity.Exactly(2));
            return new FatalityMention(span, two.Value, [two], false);
        }
        var counted = CompanionCount().Match(text.Substring(span.End, Math.Min(60, sentence.End - span.End)));
        if (counted.Success && NumberReader.ParseSimple(counted.Groups["n"].Value) is { } more)
        {
            var all = new TextSpan(span.Start, span.End + counted.Length);
            return new FatalityMention(all, Quantity.Exactly(1 + more), [one, new NumberMention(new TextSpan(span.End, all.End), Quantity.Exactly(more))], false);
        }
        if (after.Success && !companionHurt)
        {
            var both = new TextSpan(span.Start, span.End + after.Length);
            return new FatalityMention(both, Quantity.Exactly(2), [one, new NumberMention(new TextSpan(span.End, both.End), Quantity.Exactly(1))], false);
        }
        return new FatalityMention(span, one.Value, [one], false);
    }

    [GeneratedRegex(@"\b(?:coded|recorded)\s+(?:as|to|at)\s+[""“]?$", RegexOptions.IgnoreCase)]
    private static partial Regex CodedAsBefore();

    [GeneratedRegex(@"\b(?:fatalit(?:y|ies)|fatalites|deaths?|casualt(?:y|ies)|killed|dead|losses)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CodedSubject();

    [GeneratedRegex(@"^\s*(?:fatalit(?:y|ies)|deaths)\s+(?:were\s+)?coded\b", RegexOptions.IgnoreCase)]
    private static partial Regex CodedAfter();

    /// <summary>A coder's own statement of the count ("unknown fatalities coded as 10", "20 fatalities coded"): it is the count.</summary>
    private static Quantity? CodedCount(string text, NumberMention n)
    {
        // "Unknown fatalities coded as 10", "an unknown number of fatalities, coded as 10", "the unknown number coded as 10":
        // "coded as" a number, with the deaths named shortly before.
        int from = Math.Max(0, n.Span.Start - 20);
        if (CodedAsBefore().IsMatch(text.AsSpan(from, n.Span.Start - from)))
        {
            int context = Math.Max(0, n.Span.Start - 200);
            if (CodedSubject().IsMatch(text.AsSpan(context, n.Span.Start - context))) return Quantity.Exactly(n.Value.Best);
        }
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
        return ListJoinAtEnd().IsMatch(s);
    }

    [GeneratedRegex(@"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+(?:at\s+least\s+|some\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SubsetBefore();

    private static bool Subset(string text, TextSpan sentence, NumberMention n)
    {
        int from = Math.Max(sentence.Start, n.Span.Start - 25);
        if (SubsetBefore().IsMatch(text.AsSpan(from, n.Span.Start - from))) return true;
        var after = text.AsSpan(n.Span.End, Math.Min(12, sentence.End - n.Span.End)).ToString();
        if (OfWhomAfter().IsMatch(after)) return true;
        // "2 of them were children" is a part; "killing 2 of them" is the toll.
        int back = Math.Max(sentence.Start, n.Span.Start - 70);
        return OfThemAfter().IsMatch(after) && !DeathBefore().IsMatch(text.AsSpan(back, n.Span.Start - back));
    }

    [GeneratedRegex(@"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AdditionBefore();

    [GeneratedRegex(@"^\s*(?:more|others?|additional|further|extra)\b|^[^.;,]{0,50}?\b(?:were|was|have\s+been|has\s+been|had)\s+also\s+(?:been\s+)?(?:killed|shot\s+dead|executed)|^[^.;,]{0,50}?\balso\s+died\b", RegexOptions.IgnoreCase)]
    private static partial Regex AdditionAfter();

    /// <summary>"3 other civilians died later", "another 2 were killed", "a child was also killed": more deaths, added to the toll told.</summary>
    private static bool IsAddition(string text, TextSpan sentence, FatalityMention f)
    {
        int from = Math.Max(sentence.Start, f.Span.Start - 20);
        if (AdditionBefore().IsMatch(text.AsSpan(from, f.Span.Start - from))) return true;
        var start = f.Parts.Count > 0 ? f.Parts[0].Span : f.Span;
        var after = text.AsSpan(start.End, Math.Min(80, sentence.End - start.End)).ToString();
        if (f.Parts.Count == 1 && f.Parts[0].Span == f.Span && f.Span.Length > 12)
            after = text.AsSpan(f.Span.Start, Math.Min(80, sentence.End - f.Span.Start)).ToString(); // a single victim: its whole phrase
        return AdditionAfter().IsMatch(after) || AlsoKilled().IsMatch(after);
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
            // "a soldier was killed and 3 others were injured": after "and", the count's own verb decides.
            if (DeathAndBefore().IsMatch(before) && OtherFollows(text, sentence, n)) return false;
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
        if (DeathOrOther().IsMatch(after[death.Index..])) return false;
        var other = OtherWord().Match(after);
        if (other.Success && other.Index < death.Index) return false;
        // "three gunmen stormed the village, killing 9" or "2 gunmen killed a farmer": the count is of the killers.
        // "targeted 2 soldiers, killing them": the count is of the victims.
        if (ActiveKilling().IsMatch(after[death.Index..]) && !KillingThem().IsMatch(after[death.Index..])) return false;
        // "5 people were killed" or "3 dead" but not "30 killed 2" where the death word belongs to a later count.
        var nextNumberGap = after[..death.Index];
        if (DigitWord().IsMatch(nextNumberGap)) return false;
        isUpdate = UpdateWord().IsMatch(before);
        return true;
    }
}
