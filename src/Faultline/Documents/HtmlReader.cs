using System.Text.RegularExpressions;

namespace Faultline.Documents;

/// <summary>
/// An HTML page: the article's main text is separated from page chrome with SmartReader (a port of Mozilla's
/// Readability); title and publication date come from the page's meta tags when present.
/// </summary>
public static partial class HtmlReader
{
    [GeneratedRegex(@"<meta\s+[^>]*(?:property|name|itemprop)\s*=\s*[""'](?:article:published_time|og:published_time|datePublished|pubdate|publish-date|date|dc\.date|DC\.date\.issued|sailthru\.date)[""'][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex PublishedMeta();

    [GeneratedRegex(@"content\s*=\s*[""']([^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex ContentAttr();

    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    public static ReadResult Read(string origin, string id, string html, ReadOptions options)
    {
        SmartReader.Article article;
        try { article = SmartReader.Reader.ParseArticle("https://localhost/" + Uri.EscapeDataString(id), html); }
        catch (Exception e) { return ReadResult.Fail(origin, $"unreadable HTML ({e.Message})"); }
        string text = article.IsReadable ? article.TextContent ?? "" : "";
        if (string.IsNullOrWhiteSpace(text)) text = FallbackText(html);
        text = TextReader.Normalise(CollapseBlankLines(text)).Trim();
        if (text.Length == 0) return ReadResult.Fail(origin, "HTML page has no article text");
        var published = options.Published ?? MetaPublished(html) ?? (article.PublicationDate is { } p ? DateOnly.FromDateTime(p) : null);
        return ReadResult.Ok(new Document(id, text, published, string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim(),
            null, null, article.Language) { Origin = origin });
    }

    private static DateOnly? MetaPublished(string html)
    {
        var meta = PublishedMeta().Match(html);
        if (!meta.Success) return null;
        var content = ContentAttr().Match(meta.Value);
        return content.Success ? Dates.Parse(content.Groups[1].Value) : null;
    }

    /// <summary>When Readability finds no article, the paragraphs' text (scripts and styles dropped) is used instead.</summary>
    private static string FallbackText(string html)
    {
        var body = Regex.Replace(html, @"<(script|style|noscript|nav|header|footer)[^>]*>.*?</\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        var paragraphs = Regex.Matches(body, @"<p[^>]*>(.*?)</p>", RegexOptions.Singleline | RegexOptions.IgnoreCase)
            .Select(m => System.Net.WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", " ")).Trim())
            .Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    private static string CollapseBlankLines(string text) => Regex.Replace(text, @"\n\s*\n\s*(\n\s*)+", "\n\n");
}
