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

    /// <summary>Notes of both ACLED dev files as documents (text = notes), read with a plain RFC 4180 parser.</summary>
    public static List<Document> AcledNotes()
    {
        var docs = new List<Document>();
        foreach (var file in Directory.GetFiles(Path.Combine(Shared(), "eval"), "*.csv", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(f).StartsWith("acled", StringComparison.Ordinal)))
        {
            var rows = Csv.Read(File.ReadAllText(file));
            var header = rows[0];
            int notes = header.IndexOf("notes"), id = header.IndexOf("event_id_cnty"), date = header.IndexOf("event_date");
            foreach (var r in rows.Skip(1))
                if (r.Count > notes && r[notes].Length > 0)
                    docs.Add(new Document(r[id], r[notes], Dates.Parse(r[date])));
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

/// <summary>A minimal RFC 4180 reader (quoted cells, doubled quotes, newlines inside quotes).</summary>
public static class Csv
{
    public static List<List<string>> Read(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString().TrimEnd('\r')); cell.Clear(); rows.Add(row); row = []; }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add(row); }
        return rows;
    }
}
