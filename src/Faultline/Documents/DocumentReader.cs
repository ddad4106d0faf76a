using System.Text;

namespace Faultline.Documents;

/// <summary>Options that apply to every input: the publication date to assume, and the largest file accepted.</summary>
public sealed record ReadOptions(DateOnly? Published = null, long MaxBytes = 10 * 1024 * 1024);

/// <summary>
/// Reads inputs (files, folders searched recursively, or "-" for stdin) into documents, choosing the reader by
/// extension and content: .jsonl/.ndjson, .html/.htm, RSS/Atom feeds (.rss/.atom/.xml), and plain text otherwise.
/// Every problem becomes a <see cref="ReadError"/> naming the file (and line); the rest of the batch goes on.
/// </summary>
public static class DocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<ReadResult> Read(IEnumerable<string> inputs, ReadOptions options)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                foreach (var r in ReadStdin(options)) yield return r;
                continue;
            }
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Where(f => !IsSidecar(f)).Order(StringComparer.Ordinal))
                    foreach (var r in ReadFile(file, options)) yield return r;
                continue;
            }
            if (!File.Exists(input))
            {
                yield return ReadResult.Fail(input, "no such file or folder");
                continue;
            }
            foreach (var r in ReadFile(input, options)) yield return r;
        }
    }

    /// <summary>Metadata files ("X.meta.json") describe a document beside them; they are not documents.</summary>
    private static bool IsSidecar(string path) => path.EndsWith(".meta.json", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(path).StartsWith('.');

    private static IEnumerable<ReadResult> ReadStdin(ReadOptions options)
    {
        using var stdin = Console.OpenStandardInput();
        using var buffer = new MemoryStream();
        stdin.CopyTo(buffer);
        return Decode("stdin", buffer.ToArray(), options, out var text, out var error)
            ? LooksLikeJsonl(text) ? JsonlReader.Read("stdin", text, options) : [TextReader.Read("stdin", "stdin", text, options, null)]
            : [error!.Value];
    }

    public static IEnumerable<ReadResult> ReadFile(string path, ReadOptions options)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxBytes)
                return [ReadResult.Fail(path, $"file too large ({info.Length:N0} bytes; the limit is {options.MaxBytes:N0}, raise it with --max-bytes)")];
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, $"cannot read: {e.Message}")];
        }
        if (!Decode(path, bytes, options, out var text, out var error)) return [error!.Value];
        string ext = Path.GetExtension(path).ToLowerInvariant();
        string id = Path.GetFileNameWithoutExtension(path);
        return ext switch
        {
            ".jsonl" or ".ndjson" => JsonlReader.Read(path, text, options),
            ".html" or ".htm" or ".xhtml" => [HtmlReader.Read(path, id, text, options)],
            ".rss" or ".atom" => FeedReader.Read(path, text, options),
            ".xml" when FeedReader.LooksLikeFeed(text) => FeedReader.Read(path, text, options),
            _ when FeedReader.LooksLikeFeed(text) => FeedReader.Read(path, text, options),
            _ when HtmlReader.LooksLikeHtml(text) => [HtmlReader.Read(path, id, text, options)],
            _ => [TextReader.Read(path, id, text, options, Sidecar.For(path))],
        };
    }

    /// <summary>Strict UTF-8 decoding with a check for binary content; false with an error naming the problem.</summary>
    private static bool Decode(string origin, byte[] bytes, ReadOptions options, out string text, out ReadResult? error)
    {
        text = "";
        error = null;
        if (bytes.Length == 0) { error = ReadResult.Fail(origin, "empty file"); return false; }
        if (bytes.Length > options.MaxBytes)
        {
            error = ReadResult.Fail(origin, $"input too large ({bytes.Length:N0} bytes; the limit is {options.MaxBytes:N0})");
            return false;
        }
        int controls = 0;
        int sample = Math.Min(bytes.Length, 8192);
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b == 0) { error = ReadResult.Fail(origin, "binary data, not text (NUL byte at offset " + i + ")"); return false; }
            if (b < 32 && b is not (9 or 10 or 13 or 12)) controls++;
        }
        if (controls > sample / 20) { error = ReadResult.Fail(origin, "binary data, not text (too many control bytes)"); return false; }
        try
        {
            int skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            text = StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            error = ReadResult.Fail(origin, $"invalid UTF-8 at byte {e.Index}");
            return false;
        }
        if (string.IsNullOrWhiteSpace(text)) { error = ReadResult.Fail(origin, "no text (only whitespace)"); return false; }
        return true;
    }

    private static bool LooksLikeJsonl(string text) => text.TrimStart().StartsWith('{');
}
