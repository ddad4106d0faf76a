using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Faultline.Documents;

/// <summary>RSS 2.0 and Atom feed files: each item is a document with its own date, title, link and id.</summary>
public static class FeedReader
{
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase) && head.Contains("Atom", StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<ReadResult> Read(string path, string xml, ReadOptions options)
    {
        XDocument doc;
        try { doc = XDocument.Parse(xml, LoadOptions.None); }
        catch (XmlException e) { return [ReadResult.Fail(path, $"malformed feed XML at line {e.LineNumber}: {e.Message.Split('.')[0]}")]; }
        var root = doc.Root!;
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var items = root.Name.LocalName == "feed" ? root.Elements(atom + "entry").ToList() : root.Descendants("item").ToList();
        if (items.Count == 0) return [ReadResult.Fail(path, "feed has no items")];
        var results = new List<ReadResult>();
        string feedName = Path.GetFileNameWithoutExtension(path);
        for (int i = 0; i < items.Count; i++)
        {
            var it = items[i];
            string? V(params string[] names) => names.Select(n => it.Elements().FirstOrDefault(e => e.Name.LocalName == n)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
            string origin = $"{path}#item{i + 1}";
            string title = StripHtml(V("title") ?? "");
            string body = StripHtml(V("encoded", "content", "description", "summary") ?? "");
            string text = string.IsNullOrWhiteSpace(body) ? title : string.IsNullOrWhiteSpace(title) || body.StartsWith(title) ? body : title + "\n\n" + body;
            if (string.IsNullOrWhiteSpace(text)) { results.Add(ReadResult.Fail(origin, "feed item has no text")); continue; }
            string? link = it.Elements().FirstOrDefault(e => e.Name.LocalName == "link") is { } l ? (string?)l.Attribute("href") ?? l.Value : null;
            string id = V("guid", "id") ?? link ?? $"{feedName}-{i + 1}";
            var published = Dates.Parse(V("pubDate", "published", "updated", "date")) ?? options.Published;
            results.Add(ReadResult.Ok(new Document(id, TextReader.Normalise(text), published, title, feedName, link, null) { Origin = origin }));
        }
        return results;
    }

    private static string StripHtml(string s) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(s, @"<(br|/p|/div)\s*/?>", "\n", RegexOptions.IgnoreCase), "<[^>]+>", "")).Trim();
}
