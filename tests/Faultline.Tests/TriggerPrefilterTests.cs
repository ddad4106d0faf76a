using Faultline.Events;
using Faultline.Text;

namespace Faultline.Tests;

/// <summary>The trigger lexicon's speed-ups must not change what it finds: generated regexes and the literal pre-filter.</summary>
public class TriggerPrefilterTests
{
    [Fact]
    public void Every_trigger_pattern_is_source_generated_at_build_time()
    {
        Assert.NotEmpty(TriggerLexicon.All);
        Assert.Equal(0, TriggerLexicon.CompiledAtRunTime);
    }

    [Theory]
    [InlineData(@"\b(?:clash(?:ed|es)?|fought)\b", "clash,fought")]
    [InlineData(@"a[ir]{1,3}\s*-?\s*stri(?:ke|k|ek)s?", "stri")]
    [InlineData(@"(?<!rocket\s)grenades?(?!\s+launchers?)", "grenade")]
    [InlineData(@"(?:fired|launched)\s+(?:[\w'’-]+\s+){0,4}(?:rockets?|missiles?)", "rocket,missile")]
    [InlineData(@"\d+(?:\.\d+)?\s*mm", "mm")]
    [InlineData(@"(?-i:may)|if", "may,if")]
    [InlineData(@"air\.raid", "air.raid")]
    public void Required_literals_are_read_from_the_pattern(string pattern, string expected)
    {
        var r = RequiredLiterals.Of(pattern);
        Assert.NotNull(r);
        Assert.Equal(expected.Split(','), r.Values);
    }

    [Theory]
    [InlineData(@"\w+")]
    [InlineData(@"(?:shot)?\s+")]
    [InlineData(@"shot|\d+")]
    [InlineData(@"(a)\1")]
    [InlineData(@"(?i)shot")]
    [InlineData(@"(?:unclosed")]
    public void Patterns_without_a_required_literal_get_no_filter(string pattern) => Assert.Null(RequiredLiterals.Of(pattern));

    [Fact]
    public void The_filter_is_case_blind_and_lets_case_oddities_through()
    {
        var r = RequiredLiterals.Of("kill(?:ed)?")!;
        Assert.True(r.MayOccurIn("Gunmen KILLED two"));
        Assert.False(r.MayOccurIn("Gunmen wounded two"));
        Assert.True(r.MayOccurIn("\u212Aill")); // Kelvin sign: the regex's ignore-case reads it as 'k'
    }

    /// <summary>On every sentence of the founding report and the ACLED dev notes, no trigger the filter skips would have matched.</summary>
    [Fact]
    public void The_filter_never_skips_a_sentence_a_trigger_matches()
    {
        var texts = new List<string> { File.ReadAllText(Path.Combine(CliRunner.Shared, "examples", "basra-militia-clash.txt")) };
        texts.AddRange(DevTexts.AcledNotes(3000));
        int matched = 0, skipped = 0;
        foreach (var text in texts)
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            string s = sentence.Span.Of(text);
            foreach (var trigger in TriggerLexicon.All)
            {
                var all = trigger.Pattern.Matches(s).Select(m => (m.Index, m.Length)).ToList();
                var filtered = trigger.Matches(s).Select(m => (m.Index, m.Length)).ToList();
                Assert.Equal(all, filtered);
                if (all.Count > 0) matched++;
                var req = RequiredLiterals.Of(trigger.Pattern.ToString());
                if (req is not null && !req.MayOccurIn(s)) skipped++;
            }
        }
        Assert.True(matched > 1000, $"only {matched} matches");
        Assert.True(skipped > matched, $"the filter skipped only {skipped} scans");
    }

    [Fact]
    public void The_one_pass_scanner_answers_as_each_set_does()
    {
        var sets = new[] { RequiredLiterals.Of("kill(?:ed)?"), null, RequiredLiterals.Of(@"a[ir]{1,3}\s*-?\s*stri(?:ke|k|ek)s?"), RequiredLiterals.Of("shot|shooting") };
        var scanner = new LiteralSetScanner(sets);
        var hits = scanner.NewHits();
        foreach (var text in new[] { "Gunmen KILLED two", "an AIRSTRIKE hit", "shots were heard", "nothing here", "", "\u212Aill", "Shooting" })
        {
            scanner.Scan(text, hits);
            for (int i = 0; i < sets.Length; i++)
                Assert.Equal(sets[i] is null || sets[i]!.MayOccurIn(text), LiteralSetScanner.Has(hits, i));
        }
    }

    /// <summary>The scanner the mention finder uses tells the same as every trigger's own filter on real sentences.</summary>
    [Fact]
    public void The_one_pass_scanner_agrees_with_every_trigger_filter_on_the_dev_notes()
    {
        var sets = TriggerLexicon.All.Select(t => t.Required).ToList();
        var scanner = new LiteralSetScanner(sets);
        var hits = scanner.NewHits();
        int checkedPairs = 0;
        foreach (var text in DevTexts.AcledNotes(2000))
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            string s = sentence.Span.Of(text);
            scanner.Scan(s, hits);
            for (int i = 0; i < sets.Count; i++, checkedPairs++)
                Assert.Equal(sets[i] is null || sets[i]!.MayOccurIn(s), LiteralSetScanner.Has(hits, i));
        }
        Assert.True(checkedPairs > 10_000);
    }
}
