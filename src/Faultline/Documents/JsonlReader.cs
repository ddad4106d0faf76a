using System.Text.Json;

namespace Faultline.Documents;

/// <summary>
/// The input JSONL contract: one object a line, {"id", "text", "published", "title"?, "source"?, "url"?, "language"?}.
/// A malformed line is an error naming the file and line; the other lines are read.
/// </summary>
public static class JsonlReader
{
    public static IEnumerable<ReadResult> Read(string path, string content, ReadOptions options)
    {
        int lineNo = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            yield return ReadLine($"{path}:{lineNo}", line, options, $"{Path.GetFileNameWithoutExtension(path)}-{lineNo}");
        }
    }

    private static ReadResult ReadLine(string origin, string line, ReadOptions options, string fallbackId)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException e) { return ReadResult.Fail(origin, $"malformed JSON ({e.Message.Split('.')[0]})"); }
        using (json)
        {
            var r = json.RootElement;
            if (r.ValueKind != JsonValueKind.Object) return ReadResult.Fail(origin, "expected a JSON object");
            string? S(string name) => r.TryGetProperty(name, out var v) ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            } : null;
            var text = S("text");
            if (string.IsNullOrWhiteSpace(text)) return ReadResult.Fail(origin, "missing or empty \"text\"");
            var publishedRaw = S("published");
            var published = Dates.Parse(publishedRaw);
            if (publishedRaw is not null && published is null) return ReadResult.Fail(origin, $"unreadable \"published\" date '{publishedRaw}'");
            return ReadResult.Ok(new Document(S("id") ?? fallbackId, TextReader.Normalise(text), published ?? options.Published,
                S("title"), S("source"), S("url"), S("language")) { Origin = origin });
        }
    }
}
