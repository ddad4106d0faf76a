using System.Globalization;
using System.Text.Json;

namespace Faultline.Documents;

/// <summary>Metadata kept beside a text file as "name.meta.json": id, published, title, source, url, language.</summary>
public sealed record Sidecar(string? Id, DateOnly? Published, string? Title, string? Source, string? Url, string? Language)
{
    public static Sidecar? For(string path)
    {
        var meta = Path.Combine(Path.GetDirectoryName(path) ?? ".", Path.GetFileNameWithoutExtension(path) + ".meta.json");
        if (!File.Exists(meta)) return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(meta));
            var r = json.RootElement;
            string? S(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new Sidecar(S("id"), Dates.Parse(S("published")), S("title"), S("source"), S("url"), S("language"));
        }
        catch (JsonException) { return null; }
    }
}

/// <summary>Publication dates as inputs write them: "2022-09-02", ISO 8601 times, RFC 1123 feed dates, "9-May-20".</summary>
public static class Dates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d-MMM-yy", "d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "dd/MM/yyyy", "yyyy/MM/dd"];

    public static DateOnly? Parse(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (DateOnly.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d)) return d;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto)) return DateOnly.FromDateTime(dto.UtcDateTime);
        return null;
    }
}
