namespace Faultline.Documents;

/// <summary>Plain text: the whole file is one document; a sidecar .meta.json or --published supplies its date.</summary>
public static class TextReader
{
    public static ReadResult Read(string origin, string id, string text, ReadOptions options, Sidecar? meta) =>
        ReadResult.Ok(new Document(meta?.Id ?? id, Normalise(text), options.Published ?? meta?.Published, meta?.Title, meta?.Source, meta?.Url, meta?.Language ?? "en")
        {
            Origin = origin,
        });

    /// <summary>Line endings made "\n" so spans are the same on every platform.</summary>
    public static string Normalise(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
