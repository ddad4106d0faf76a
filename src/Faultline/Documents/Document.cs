namespace Faultline.Documents;

/// <summary>One input report. Immutable; every later stage points back into <see cref="Text"/> by character span.</summary>
public sealed record Document(
    string Id,
    string Text,
    DateOnly? Published,
    string? Title = null,
    string? Source = null,
    string? Url = null,
    string? Language = null)
{
    /// <summary>Where the document came from (file path, with line for JSONL), for error messages and provenance.</summary>
    public string Origin { get; init; } = Id;
}

/// <summary>A document (or a line of one) that could not be read, with a message naming the file and the problem.</summary>
public sealed record ReadError(string Origin, string Message)
{
    public override string ToString() => $"{Origin}: {Message}";
}

/// <summary>What a reader yields: either a document or an error, so one bad item never stops the batch.</summary>
public readonly record struct ReadResult(Document? Document, ReadError? Error)
{
    public static ReadResult Ok(Document d) => new(d, null);
    public static ReadResult Fail(string origin, string message) => new(null, new ReadError(origin, message));
}
