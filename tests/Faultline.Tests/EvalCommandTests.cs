namespace Faultline.Tests;

/// <summary>`faultline eval` options that shape the report (the scores themselves are tested in EvaluationScoringTests).</summary>
public class EvalCommandTests
{
    [Fact]
    public void Examples_sets_how_many_errors_each_report_section_lists()
    {
        // Twelve gold toponyms no gazetteer holds: every one is missed, and the report lists 10 unless asked for more.
        var names = Enumerable.Range(0, 12).Select(i => "Qorvalin" + (char)('a' + i)).ToList();
        string text = string.Join(" and ", names) + ".";
        var toponyms = names.Select(n => (Name: n, Start: text.IndexOf(n, StringComparison.Ordinal)))
            .Select(t => $"<toponym><start>{t.Start}</start><end>{t.Start + t.Name.Length}</end><extractedName>{t.Name}</extractedName>" +
                         "<type>Literal</type><latitude>1.5</latitude><longitude>2.5</longitude></toponym>");
        var dir = CliRunner.TempDir();
        var gold = Path.Combine(dir, "gold.xml");
        File.WriteAllText(gold, $"<articles><article file=\"1\"><title>t</title><text>{text}</text><toponyms>{string.Concat(toponyms)}</toponyms></article></articles>");

        int MissedRows(params string[] extra)
        {
            var report = Path.Combine(dir, $"r{extra.Length}.md");
            var r = CliRunner.Run(["eval", "geo", gold, "--report", report, .. extra]);
            Assert.Equal(0, r.ExitCode);
            var section = File.ReadAllText(report).Split("### missed")[1].Split("###")[0];
            return section.Split('\n').Count(l => l.StartsWith("| 1 |", StringComparison.Ordinal));
        }

        Assert.Equal(10, MissedRows());
        Assert.Equal(12, MissedRows("--examples", "100"));
    }
}
