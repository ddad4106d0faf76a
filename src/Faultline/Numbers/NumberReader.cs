using System.Globalization;
using System.Text.RegularExpressions;
using Faultline.Text;

namespace Faultline.Numbers;

/// <summary>
/// Reads counts written in digits or words, with their hedges and ranges. Vague words take the CODEBOOK's fixed
/// readings: "tens" 10, "dozens" 12, "hundreds" 100, "thousands" 1000; our own documented choices are
/// "several" 3, "a number of" 3, "a few" 2, "scores" 20 (each the smallest reading of the word).
/// </summary>
public static partial class NumberReader
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> Multipliers = new(StringComparer.Ordinal)
    {
        ["dozen"] = 12, ["couple"] = 2, ["pair"] = 2, ["single"] = 1,
    };

    /// <summary>Vague quantities: the reading (the conservative one) and whether it is open-ended upward.</summary>
    private static readonly Dictionary<string, int> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tens"] = 10, ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1000,
        ["several"] = 3, ["a number of"] = 3, ["a few"] = 2, ["few"] = 2, ["a handful of"] = 3, ["many"] = 3, ["numerous"] = 3,
    };

    private const string NumberWords =
        "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private const string WordNumber =
        @"(?:" + NumberWords + @")(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:hundred|thousand)(?:\s+and\s+\w+)?)?";
    private const string Digits = @"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s*(?:hundred|thousand|million))?";
    private const string Simple = @"(?:(?:a|one|two|three|four|five)\s+dozen|a\s+couple\s+of|a\s+pair\s+of|a\s+single|" + Digits + "|" + WordNumber + ")";
    private const string VagueWords = @"(?:tens|dozens|scores|hundreds|thousands|several|a\s+number\s+of|a\s+few|a\s+handful\s+of|numerous)";

    private const string HedgePrefix =
        @"\G(?:(?<hedge>at\s+least|no\s+fewer\s+than|not\s+less\s+than|a\s+minimum\s+of|more\s+than|over|upwards\s+of|in\s+excess\s+of|nearly|almost|close\s+to|just\s+under|up\s+to|as\s+many\s+as|at\s+most|some|around|about|approximately|roughly|an\s+estimated|estimated|nearly)\s+)?";

    // A count: an optional hedge, then a range ("between 10 and 15", "10 to 15", "10-15"), a number or a vague
    // quantity. Written as three regexes matched as their alternation (see AlternationRegex): as one, the generated
    // matcher is too large for the JIT to optimise. No text starts both with a hedge and with a count, so trying
    // each part with and without its hedge finds what the single pattern did.
    [GeneratedRegex(HedgePrefix + @"(?:between\s+(?<lo>" + Simple + @")\s+and\s+(?<hi>" + Simple + @"))(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BetweenPattern();

    [GeneratedRegex(HedgePrefix + @"(?:(?<lo>" + Simple + @")\s*(?:to|or)\s*(?<hi>" + Simple + @")(?![\w/]))(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToOrPattern();

    [GeneratedRegex(HedgePrefix + @"(?:(?<lo>\d+)\s*[-–]\s*(?<hi>\d+)(?![\w/])|(?<n>" + Simple + @")|(?<vague>" + VagueWords + @"))(?![\w/])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DashNumberOrVaguePattern();

    internal static readonly AlternationRegex NumberPattern = new(BetweenPattern(), ToOrPattern(), DashNumberOrVaguePattern());

    /// <summary>
    /// How every count opens, after its hedge: "between", a digit, "a" and the word after it in <see cref="Simple"/>
    /// and <see cref="VagueWords"/> (a dozen, a couple of, a few ...), a number word or a vague quantity. Most words
    /// that may open a count ("a", "in", "over") open none; this one small test rules them out instead of the
    /// three large parts' tests.
    /// </summary>
    [GeneratedRegex(HedgePrefix + @"(?:between\s|\d|a\s+(?:dozen|couple|pair|single|number|few|handful)|" + NumberWords + "|" + VagueWords + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CountOpening();

    /// <summary>The same pattern as one regex (the tests check the parts against it).</summary>
    internal const string WholeNumberPattern =
        HedgePrefix + @"(?:between\s+(?<lo>" + Simple + @")\s+and\s+(?<hi>" + Simple + @")|(?<lo>" + Simple + @")\s*(?:to|or)\s*(?<hi>" + Simple + @")(?![\w/])|(?<lo>\d+)\s*[-–]\s*(?<hi>\d+)(?![\w/])|(?<n>" + Simple + @")|(?<vague>" + VagueWords + @"))(?![\w/])";

    public static List<NumberMention> Find(string text) => Find(text, new TextSpan(0, text.Length));

    /// <summary>Words that can open a count: hedges, number words, vague quantities.</summary>
    private static readonly StarterWords Starters = new(
    [
        "at", "no", "not", "a", "more", "over", "upwards", "in", "nearly", "almost", "close", "just", "up", "as", "some",
        "around", "about", "approximately", "roughly", "an", "estimated", "between", "zero", "one", "two", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "tens", "dozens", "scores", "hundreds", "thousands", "several", "few", "handful", "numerous",
    ]);

    public static List<NumberMention> Find(string text, TextSpan range)
    {
        var found = new List<NumberMention>();
        int next = range.Start;
        foreach (int start in WordStarts.Of(text, range, Starters))
        {
            if (start < next || !CountOpening().IsMatch(text.AsSpan(start, range.End - start))) continue;
            var m = NumberPattern.Match(text, start, range.End - start);
            if (!m.Success) continue;
            var q = Interpret(m);
            if (q is null || LooksLikeDateOrYear(text, m.Index, m) || NamesSomething(text, m.Index)) continue;
            found.Add(new NumberMention(new TextSpan(m.Index, m.Index + m.Length), q.Value));
            next = m.Index + m.Length;
        }
        return found;
    }

    /// <summary>Reads one phrase ("at least 30", "dozens", "between 10 and 15"); null when it is not a count.</summary>
    public static Quantity? Read(string phrase)
    {
        var trimmed = phrase.Trim();
        var m = NumberPattern.Match(trimmed);
        return m.Success && m.Length == trimmed.Length ? Interpret(m) : null;
    }

    private static Quantity? Interpret(Match m)
    {
        string hedge = m.Groups["hedge"].Success ? Spacing.Collapse(m.Groups["hedge"].Value.ToLowerInvariant()) : "";
        if (m.Groups["vague"].Success)
        {
            int v = Vague[Spacing.Collapse(m.Groups["vague"].Value)];
            return new Quantity(v, v, null, Hedge.Vague);
        }
        if (m.Groups["lo"].Success)
        {
            var lo = ParseSimple(m.Groups["lo"].Value);
            var hi = ParseSimple(m.Groups["hi"].Value);
            if (lo is null || hi is null) return null;
            if (hi < lo) return null; // "5-3" is a score or a date, not a range
            return new Quantity(lo.Value, lo.Value, hi.Value, Hedge.Range);
        }
        var n = ParseSimple(m.Groups["n"].Value);
        if (n is null) return null;
        int x = n.Value;
        return hedge switch
        {
            "" => Quantity.Exactly(x),
            "at least" or "no fewer than" or "not less than" or "a minimum of" => new Quantity(x, x, null, Hedge.AtLeast),
            "more than" or "over" or "upwards of" or "in excess of" => new Quantity(x + 1, x + 1, null, Hedge.MoreThan),
            "nearly" or "almost" or "close to" or "just under" => new Quantity(Math.Max(0, x - 1), x, x, Hedge.Nearly),
            "up to" or "as many as" or "at most" => new Quantity(x == 0 ? 0 : 1, x, x, Hedge.UpTo),
            _ => new Quantity(Math.Max(0, x - x / 10 - 1), x, x + x / 10 + 1, Hedge.About),
        };
    }

    /// <summary>Parses digits ("1,200", "3 hundred") or words ("twenty-five", "two dozen", "a couple of").</summary>
    public static int? ParseSimple(string s)
    {
        s = Spacing.Collapse(s.Trim().ToLowerInvariant());
        if (s.Length == 0) return null;
        if (char.IsDigit(s[0]))
        {
            var parts = s.Split(' ');
            var digits = parts[0].Replace(",", "");
            if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return null;
            if (parts.Length > 1) d *= parts[1] switch { "hundred" => 100, "thousand" => 1000, "million" => 1_000_000, _ => 1 };
            if (d != Math.Floor(d) || d > int.MaxValue) return null;
            return (int)d;
        }
        int total = 0, current = 0;
        foreach (var w in s.Replace("-", " ").Split(' '))
        {
            if (w is "and" or "of") continue;
            if (w == "hundred") { current = Math.Max(current, 1) * 100; continue; }
            if (w == "thousand") { total += Math.Max(current, 1) * 1000; current = 0; continue; }
            if (w is "a" or "an") { current = Math.Max(current, 1); continue; }
            if (Multipliers.TryGetValue(w, out var times)) { current = Math.Max(current, 1) * times; continue; }
            if (!Units.TryGetValue(w, out var u)) return null;
            current += u;
        }
        return total + current;
    }

    /// <summary>Years and day numbers of dates ("2022", "30 August", "August 30") are not counts.</summary>
    private static bool LooksLikeDateOrYear(string text, int start, Match m)
    {
        if (!m.Groups["n"].Success) return false;
        string v = m.Groups["n"].Value;
        if (!char.IsDigit(v[0])) return false;
        int end = start + m.Length;
        var after = text.AsSpan(end, Math.Min(12, text.Length - end)).TrimStart();
        // "Around 29 April (week of)": a hedged date is still a date.
        // ("at least 20 may have died": the modal verb is lower case, the month not.)
        if (m.Groups["hedge"].Success) return v.Length <= 2 && MonthWord().IsMatch(after) && !after.StartsWith("may", StringComparison.Ordinal);
        if (v.Length == 4 && v[0] is '1' or '2' && !v.Contains(',')) return true;
        var before = text.AsSpan(Math.Max(0, start - 12), Math.Min(12, start)).TrimEnd();
        return StartsWithMonth(after) || EndsWithMonth(before) || after.StartsWith("km") || after.StartsWith("kilomet") ||
               after.StartsWith("%") || after.StartsWith("per cent") || after.StartsWith("percent") || after.StartsWith("am") || after.StartsWith("pm") || after.StartsWith("a.m") || after.StartsWith("p.m");
    }

    [GeneratedRegex(@"\b(?:Brigade|Battalion|Regiment|Division|Squadron|Corps|Unit|Route|Highway|Road|Kilo|Sector|Block|No\.|Number|BRIGADE|BATTALION|REGIMENT)\s*$")]
    private static partial Regex NameBefore();

    /// <summary>
    /// "Brigade 159", "Regiment 111", "Route 7": a number that names a unit or a road is no count. The name word is
    /// capitalised: "on the highway 5 people were killed" is a count.
    /// </summary>
    private static bool NamesSomething(string text, int start)
    {
        int from = Math.Max(0, start - 12);
        return NameBefore().IsMatch(text.AsSpan(from, start - from));
    }

    [GeneratedRegex(@"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthWord();

    private static readonly string[] MonthPrefixes = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static bool StartsWithMonth(ReadOnlySpan<char> s)
    {
        foreach (var p in MonthPrefixes)
            if (s.StartsWith(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool EndsWithMonth(ReadOnlySpan<char> s)
    {
        // "Mar. 10": an abbreviated month keeps its full stop (a full word before a stop ends a sentence).
        bool stop = s.EndsWith(".");
        if (stop) s = s[..^1];
        int i = s.Length;
        while (i > 0 && char.IsLetter(s[i - 1])) i--;
        var word = s[i..];
        if (stop) return word.Length is 3 or 4 && StartsWithMonth(word) && (word.Length == 3 || word.Equals("sept", StringComparison.OrdinalIgnoreCase));
        return word.Length >= 3 && StartsWithMonth(word);
    }
}
