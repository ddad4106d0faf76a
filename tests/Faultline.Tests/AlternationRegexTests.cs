using System.Text.RegularExpressions;
using Faultline.Numbers;
using Faultline.Text;

namespace Faultline.Tests;

/// <summary>Patterns split into parts for the JIT's sake must find exactly what the single pattern found.</summary>
public class AlternationRegexTests
{
    [Fact]
    public void The_leftmost_match_wins_and_a_tie_goes_to_the_earlier_part()
    {
        var split = new AlternationRegex(new Regex(@"\bdied\b"), new Regex(@"\bwas\s+killed\b"), new Regex(@"\bwas\b"));
        var m = split.Match("The guard was killed and the driver died.");
        Assert.Equal("was killed", m.Value); // leftmost, though the first part matches later
        Assert.Equal("was killed", split.Match("He was killed.").Value); // "was" starts there too: the earlier part wins
        Assert.False(split.Match("Nobody was hurt.", 10, 6).Success);
    }

    private static IEnumerable<string> Texts()
    {
        yield return "At least 12 people, including a child and two of her brothers, were killed; between five and seven " +
                     "were wounded. Some 3 to 4 thousand fled, dozens more were arrested and 10-15 vehicles burned. " +
                     "The driver was later killed. His body was found near the river; he later died of his wounds. " +
                     "Gunmen stabbed a shopkeeper to death, leaving the old man dead, and killing the mayor's guard.";
        foreach (var notes in DevTexts.AcledNotes(3000)) yield return notes;
    }

    [Fact]
    public void The_count_pattern_in_three_parts_reads_what_the_whole_pattern_read()
    {
        var whole = new Regex(NumberReader.WholeNumberPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        int counts = 0;
        foreach (var text in Texts())
            for (int i = 0; i < text.Length; i++)
            {
                if (!char.IsLetterOrDigit(text[i]) || i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
                var expected = whole.Match(text, i, text.Length - i);
                var actual = NumberReader.NumberPattern.Match(text, i, text.Length - i);
                Assert.Equal(Describe(expected), Describe(actual));
                if (expected.Success) counts++;
            }
        Assert.True(counts > 1000, $"only {counts} counts");

        static string Describe(Match m) => !m.Success ? "none" :
            $"{m.Index}+{m.Length} " + string.Join(" ", new[] { "hedge", "lo", "hi", "n", "vague" }.Select(g => m.Groups[g].Success ? $"{g}={m.Groups[g].Value}" : "-"));
    }

    [Fact]
    public void The_one_death_pattern_in_four_parts_finds_what_the_whole_pattern_found()
    {
        var whole = new Regex(FatalityReader.WholeOneByReferencePattern, RegexOptions.IgnoreCase);
        int found = 0;
        foreach (var text in Texts())
            foreach (var sentence in SentenceSplitter.Split(text))
            {
                var expected = whole.Match(text, sentence.Span.Start, sentence.Span.Length);
                var actual = FatalityReader.OneByReferencePattern.Match(text, sentence.Span.Start, sentence.Span.Length);
                Assert.Equal((expected.Success, expected.Index, expected.Length), (actual.Success, actual.Index, actual.Length));
                if (expected.Success) found++;
            }
        Assert.True(found > 150, $"only {found} matches");
    }
}
