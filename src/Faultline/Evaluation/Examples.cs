namespace Faultline.Evaluation;

/// <summary>One error shown to a reader: the input text, the gold value and the predicted value.</summary>
public sealed record Example(string Id, string Text, string Gold, string Predicted, double Severity = 1, string? Pattern = null, long PatternCount = 1);

/// <summary>
/// Keeps the worst errors of one field, bounded. Numeric fields keep the largest errors (ties: first seen);
/// categorical fields keep the most frequent (gold -> predicted) patterns with a few examples of each, which is what
/// shows an engineer the error categories.
/// </summary>
public sealed class WorstExamples(int keep = 10, int perPattern = 2)
{
    private readonly List<Example> _bySeverity = [];
    private readonly Dictionary<string, (long Count, List<Example> Examples, long First)> _patterns = new(StringComparer.Ordinal);
    private long _seen;

    /// <summary>An error measured by size (km, deaths, days).</summary>
    public void AddBySeverity(Example e)
    {
        _seen++;
        if (_bySeverity.Count >= keep && e.Severity <= _bySeverity[^1].Severity) return;
        int i = _bySeverity.FindIndex(x => x.Severity < e.Severity);
        if (i < 0) _bySeverity.Add(e); else _bySeverity.Insert(i, e);
        if (_bySeverity.Count > keep) _bySeverity.RemoveAt(_bySeverity.Count - 1);
    }

    /// <summary>An error counted under its (gold -> predicted) pattern.</summary>
    public void AddPattern(Example e)
    {
        string key = e.Pattern ?? $"{e.Gold} -> {e.Predicted}";
        if (!_patterns.TryGetValue(key, out var p)) p = (0, [], _seen);
        _seen++;
        if (p.Examples.Count < perPattern) p.Examples.Add(e);
        _patterns[key] = (p.Count + 1, p.Examples, p.First);
    }

    /// <summary>The kept errors, worst first: by size, else by pattern frequency (each with its pattern count).</summary>
    public IReadOnlyList<Example> Worst(int limit)
    {
        if (_bySeverity.Count > 0) return _bySeverity.Take(limit).ToList();
        return _patterns.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First)
            .SelectMany(p => p.Value.Examples.Select(e => e with { Pattern = p.Key, PatternCount = p.Value.Count }))
            .Take(limit).ToList();
    }

    /// <summary>The most frequent patterns and their counts.</summary>
    public IReadOnlyList<(string Pattern, long Count)> TopPatterns(int limit) =>
        _patterns.OrderByDescending(p => p.Value.Count).ThenBy(p => p.Value.First).Take(limit).Select(p => (p.Key, p.Value.Count)).ToList();
}
