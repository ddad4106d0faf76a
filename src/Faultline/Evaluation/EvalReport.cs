namespace Faultline.Evaluation;

/// <summary>A table of strings with a title and header, rendered as aligned text or markdown.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// The worst errors of one field, with the most frequent error patterns. <paramref name="KeepAll"/>: the markdown
/// report lists every example (a short list an analyst goes through one by one), not the first few.
/// </summary>
public sealed record ExampleSection(string Field, string Description, IReadOnlyList<Example> Examples, IReadOnlyList<(string Pattern, long Count)> Patterns, bool KeepAll = false);

/// <summary>
/// The outcome of one evaluation: the headline figures (for --json), tables for readers, and the worst examples
/// per field. Built by a score accumulator, written by <see cref="ReportRenderer"/>.
/// </summary>
public sealed class EvalReport
{
    public required string Title { get; init; }
    public IReadOnlyList<string> Notes { get; init; } = [];
    public required IReadOnlyList<KeyValuePair<string, double?>> Figures { get; init; }
    public required IReadOnlyList<ReportTable> Tables { get; init; }
    public IReadOnlyList<ExampleSection> Examples { get; init; } = [];

    public double? Figure(string key) => Figures.FirstOrDefault(f => f.Key == key).Value;
}

/// <summary>A field scored over all rows, and over the rows where an event was found.</summary>
public sealed class FieldRate(string key, string label)
{
    public string Key { get; } = key;
    public string Label { get; } = label;
    public Rate All { get; } = new();
    public Rate WhenFound { get; } = new();

    public void Add(bool hit, bool found)
    {
        All.Add(hit);
        if (found) WhenFound.Add(hit);
    }

    public IReadOnlyList<string> Row() =>
        [Label, All.Hits.ToString("N0"), All.Total.ToString("N0"), $"{All.Percent:0.0}%", WhenFound.Total == 0 ? "-" : $"{WhenFound.Percent:0.0}%"];

    public static IReadOnlyList<string> Header => ["field", "right", "of", "% of rows", "% where event found"];
}
