using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Faultline.Documents;

namespace Faultline.Bench;

/// <summary>
/// Benchmark corpora anyone can regenerate from ../shared/eval: the ACLED dev notes (short reports) and the
/// GeoWebNews and WikiEvents articles (news-length text). Nothing from them is stored in the repository.
/// </summary>
public static class Corpora
{
    public static string Shared()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "eval"))) return candidate;
        }
        throw new DirectoryNotFoundException("../shared/eval not found beside the repository");
    }

    /// <summary>Notes of both ACLED dev files as documents (text = notes).</summary>
    public static List<Document> AcledNotes()
    {
        var docs = new List<Document>();
        foreach (var file in Directory.GetFiles(Path.Combine(Shared(), "eval"), "*.csv", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(f).StartsWith("acled", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(file);
            foreach (var row in Faultline.Evaluation.CsvRecords.ReadWithHeader(reader))
                if (row["notes"] is { Length: > 0 } notes)
                    docs.Add(new Document(row["event_id_cnty"] ?? "", notes, Dates.Parse(row["event_date"])));
        }
        return docs;
    }

    /// <summary>Full news articles: GeoWebNews texts and WikiEvents documents (tokens joined).</summary>
    public static List<Document> NewsArticles()
    {
        var docs = new List<Document>();
        var gwn = XDocument.Load(Path.Combine(Shared(), "eval", "geoparsing-gwn-trnews-lgl", "GWN.xml"));
        foreach (var a in gwn.Descendants("article"))
            docs.Add(new Document("gwn-" + (string?)a.Attribute("file"), a.Element("text")?.Value ?? "", new DateOnly(2018, 1, 1)));
        foreach (var line in File.ReadLines(Path.Combine(Shared(), "eval", "wikievents-kairos-dev-test", "dev.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var r = json.RootElement;
            var tokens = r.GetProperty("tokens").EnumerateArray().Select(t => t.GetString());
            docs.Add(new Document(r.GetProperty("doc_id").GetString()!, string.Join(' ', tokens), null));
        }
        return docs.Where(d => d.Text.Length > 0).ToList();
    }
}
