using System.Text.RegularExpressions;
using Faultline.Actors;
using Faultline.Numbers;
using Faultline.Text;
using Faultline.Time;

namespace Faultline.Tests;

/// <summary>Each fast path taken for speed must find exactly what the plain version it replaces found, on real text.</summary>
public class FastPathTests
{
    /// <summary>Our own sentences with the awkward cases, then ACLED notes and WikiEvents articles (read, never stored).</summary>
    private static IEnumerable<string> Texts()
    {
        yield return "Regime and loyalist militia forces shelled the town; rebel and Islamist factions, Turkish and allied troops " +
                     "and HTS AND HNDZ fighters clashed. Palestinians and  Israeli forces; the ‘rebel’ and/or state forces; " +
                     "x’Houthi and tribal gunmen; forces’ and police; and and or or troops; Aleppo and Idlib countryside.\n" +
                     "Kurdish or Arab fighters and Syrian and Russian jets and army positions.";
        foreach (var notes in DevTexts.AcledNotes(3000)) yield return notes;
        foreach (var article in DevTexts.WikiEventsArticles()) yield return article;
    }

    [Fact]
    public void Shared_heads_tried_from_the_word_before_and_or_are_the_whole_text_matches()
    {
        var whole = new Regex(ActorFinder.SharedHeadPattern, RegexOptions.IgnoreCase);
        int found = 0;
        foreach (var text in Texts())
        {
            var expected = whole.Matches(text).Select(Describe).ToList();
            var actual = ActorFinder.SharedHeads(text, Tokenizer.Tokenize(text)).Select(Describe).ToList();
            Assert.Equal(expected, actual);
            found += expected.Count;
        }
        Assert.True(found > 300, $"only {found} matches");

        static string Describe(Match m) => $"{m.Groups["first"].Index}:{m.Groups["first"].Value} {m.Groups["head"].Value} {m.Index + m.Length}";
    }

    [Fact]
    public void Prefilters_of_the_event_stage_never_skip_a_text_their_pattern_matches()
    {
        // Counter-protests, suicide bombers and shared-out tolls are looked for only in reports holding their words,
        // denials of harm and injuries only in sentences holding theirs.
        PrefilteredRegex[] filters = [Faultline.Events.EventCoder.CounterProtestIn, Faultline.Events.FatalityShares.BombersIn,
            .. Faultline.Events.FatalityShares.ShareStatements, HarmStatements.DenialIn, HarmStatements.InjuryIn];
        var skipped = new int[filters.Length];
        var matched = new int[filters.Length];
        var own = new[] { "Counter-protesters met the march.", "Two suicide bombers blew themselves up.", "Fatalities were split between the 3 villages.", "Deaths were coded as half.", "No casualties were reported; two men were injured." };
        foreach (var text in own.Concat(Texts()))
            for (int f = 0; f < filters.Length; f++)
            {
                Assert.NotNull(filters[f].Required);
                bool matches = filters[f].Pattern.IsMatch(text);
                if (matches) matched[f]++;
                if (filters[f].MayOccurIn(text)) continue;
                Assert.False(matches, text);
                skipped[f]++;
            }
        // Each filter skips many reports, and each pattern is met at least once (our own sentences).
        Assert.All(skipped, s => Assert.True(s > 500, $"only {s} skipped"));
        Assert.All(matched, m => Assert.True(m > 0));
    }

    [Fact]
    public void Every_count_opens_as_the_quick_test_expects()
    {
        int counts = 0, ruledOut = 0;
        foreach (var text in Texts())
            for (int i = 0; i < text.Length; i++)
            {
                if (!char.IsLetterOrDigit(text[i]) || i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
                bool opens = NumberReader.CountOpening().IsMatch(text.AsSpan(i));
                if (NumberReader.NumberPattern.Match(text, i, text.Length - i).Success) { Assert.True(opens, text[i..Math.Min(text.Length, i + 40)]); counts++; }
                else if (!opens) ruledOut++;
            }
        Assert.True(counts > 1000 && ruledOut > 100_000, $"{counts} counts, {ruledOut} word starts ruled out");
    }

    [Fact]
    public void Word_starts_quick_test_keeps_every_starter()
    {
        string[] words = ["a", "in", "at", "the", "between", "approximately", "sept", "yesterday"];
        var starters = new StarterWords(words);
        var plain = new HashSet<string>(words);
        int found = 0;
        foreach (var text in Texts().Take(4000))
            foreach (var range in new[] { new TextSpan(0, text.Length), new TextSpan(Math.Min(2, text.Length), text.Length - text.Length / 3) })
            {
                // The plain reading: every position is tried; the range's start is a word start whatever precedes it.
                var expected = new List<int>();
                for (int i = range.Start; i < range.End; i++)
                {
                    if (!char.IsLetterOrDigit(text[i]) || i > range.Start && char.IsLetterOrDigit(text[i - 1])) continue;
                    if (i >= 2 && text[i - 1] is ',' or '.' && char.IsDigit(text[i - 2]) && char.IsDigit(text[i])) continue;
                    int end = i;
                    while (end < range.End && char.IsLetter(text[end])) end++;
                    if (char.IsDigit(text[i]) || plain.Contains(text[i..end].ToLowerInvariant())) expected.Add(i);
                }
                Assert.Equal(expected, WordStarts.Of(text, range, starters));
                found += expected.Count;
            }
        Assert.True(found > 10_000, $"only {found} starts");
        Assert.Throws<ArgumentException>(() => new StarterWords(["Upper"]));
    }

    [Fact]
    public void The_time_pattern_in_two_parts_reads_what_the_whole_pattern_read()
    {
        var whole = new Regex(DateResolver.WholeTimePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        string[] groups = ["iso", "numeric", "dmy", "mdy", "monthonly", "rel", "ago", "lastunit", "recent", "wd", "y", "m", "d", "month", "weekday", "n", "unit", "last"];
        int times = 0;
        foreach (var text in Texts())
            for (int i = 0; i < text.Length; i++)
            {
                if (!char.IsLetterOrDigit(text[i]) || i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
                var expected = whole.Match(text, i, text.Length - i);
                Assert.Equal(Describe(expected), Describe(DateResolver.TimePattern.Match(text, i, text.Length - i)));
                if (expected.Success) times++;
            }
        Assert.True(times > 1000, $"only {times} time expressions");

        string Describe(Match m) => !m.Success ? "none" : $"{m.Index}+{m.Length} " + string.Join(" ", groups.Select(g => m.Groups[g].Success ? $"{g}={m.Groups[g].Value}" : "-"));
    }

    [Fact]
    public void Named_kin_is_skipped_only_in_texts_it_cannot_match()
    {
        var pattern = ActorFinder.NamedKinIn.Pattern;
        Assert.NotNull(ActorFinder.NamedKinIn.Required);
        int matched = 0, skipped = 0;
        foreach (var text in Texts().Append("Clashes between the Bani Ali and Al Badi tribesmen; Lukwor clansmen raided the camp."))
        {
            if (!ActorFinder.NamedKinIn.MayOccurIn(text)) { Assert.False(pattern.IsMatch(text), text); skipped++; }
            else if (pattern.IsMatch(text)) matched++;
        }
        Assert.True(matched > 0 && skipped > 1000, $"{matched} texts matched, {skipped} skipped");
    }
}
