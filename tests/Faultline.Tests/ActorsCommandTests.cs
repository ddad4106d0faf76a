namespace Faultline.Tests;

/// <summary>The knowledge base from the command line, extended with a user's own file without rebuilding (issue #5).</summary>
public class ActorsCommandTests
{
    [Fact]
    public void Show_resolves_a_transliterated_name_and_lists_relations()
    {
        var r = CliRunner.Run("actors", "show", "Seraya el Selam");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("Saraya al-Salam", r.Stdout);
        Assert.Contains("commanded by: Muqtada al-Sadr", r.Stdout);
    }

    [Fact]
    public void A_user_file_adds_actors_that_extraction_then_uses()
    {
        var dir = CliRunner.TempDir();
        var file = Path.Combine(dir, "mine.yaml");
        File.WriteAllText(file, """
            - id: river-guard-brigade
              name: River Guard Brigade
              kind: armed group
              inter: 3
              country: IRQ
              aliases: [Liwa Haris al-Nahr]
            """);
        var env = new Dictionary<string, string> { ["FAULTLINE_ACTORS"] = file };

        var show = CliRunner.RunWith(env, "actors", "show", "Liwa Haris al-Nahr");
        Assert.Equal(0, show.ExitCode);
        Assert.StartsWith("River Guard Brigade", show.Stdout);

        var report = Path.Combine(dir, "report.txt");
        File.WriteAllText(report, "Fighters of the Liwa Haris al-Nahr clashed with Iraqi troops near Kirkuk on Tuesday, killing two.");
        var extracted = CliRunner.RunWith(env, "extract", report, "--published", "2024-03-14", "--format", "acled-csv");
        var row = Assert.Single(CliRunner.ParseCsv(extracted.Stdout));
        Assert.Contains("River Guard Brigade", new[] { row["actor1"], row["actor2"] });

        var without = CliRunner.Run("actors", "show", "Liwa Haris al-Nahr");
        Assert.Equal(1, without.ExitCode);
    }
}
