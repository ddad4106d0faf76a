using System.Text.Json;

namespace Faultline.Tests;

/// <summary>
/// Real text from the shared dev sets, read at test time (never stored here), for tests that check a fast path finds
/// exactly what the plain version finds.
/// </summary>
internal static class DevTexts
{
    /// <summary>The notes of every ACLED dev file, the first <paramref name="perFile"/> of each.</summary>
    public static IEnumerable<string> AcledNotes(int perFile)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(CliRunner.Shared, "eval"), "acled*.csv", SearchOption.AllDirectories))
        {
            using var reader = new StreamReader(file);
            foreach (var notes in Faultline.Evaluation.CsvRecords.ReadWithHeader(reader).Select(row => row["notes"] ?? "").Take(perFile))
                yield return notes;
        }
    }

    /// <summary>The WikiEvents dev articles, their tokens joined by spaces.</summary>
    public static IEnumerable<string> WikiEventsArticles()
    {
        foreach (var line in File.ReadLines(Path.Combine(CliRunner.Shared, "eval", "wikievents-kairos-dev-test", "dev.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            yield return string.Join(' ', json.RootElement.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()));
        }
    }
}
