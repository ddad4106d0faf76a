namespace Faultline.Evaluation;

/// <summary>The arithmetic of scoring: percentages, median, precision/recall/F1, macro-F1.</summary>
public static class Metrics
{
    /// <summary>hits / total as 0-100; 0 when there is nothing to count.</summary>
    public static double Percent(long hits, long total) => total == 0 ? 0 : 100.0 * hits / total;

    /// <summary>Median of the values (mean of the middle two for an even count); null for none.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var v = values.ToArray();
        if (v.Length == 0) return null;
        Array.Sort(v);
        int m = v.Length / 2;
        return v.Length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    public static double Precision(long truePositives, long falsePositives) =>
        truePositives + falsePositives == 0 ? 0 : (double)truePositives / (truePositives + falsePositives);

    public static double Recall(long truePositives, long falseNegatives) =>
        truePositives + falseNegatives == 0 ? 0 : (double)truePositives / (truePositives + falseNegatives);

    /// <summary>Harmonic mean of precision and recall (both 0-1); 0 when both are 0.</summary>
    public static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    public static double F1(long truePositives, long falsePositives, long falseNegatives) =>
        F1(Precision(truePositives, falsePositives), Recall(truePositives, falseNegatives));

    /// <summary>
    /// Unweighted mean of per-class F1 (0-1) over <paramref name="classes"/>, from (gold, predicted) label pairs.
    /// Labels outside the class list (e.g. "none") still count as errors for the classes they are paired with.
    /// </summary>
    public static double MacroF1(IEnumerable<(string Gold, string Predicted)> pairs, IEnumerable<string> classes)
    {
        var list = pairs.ToList();
        var cls = classes.Distinct().ToList();
        if (cls.Count == 0) return 0;
        double sum = 0;
        foreach (var c in cls)
        {
            long tp = list.Count(p => p.Gold == c && p.Predicted == c);
            long fp = list.Count(p => p.Gold != c && p.Predicted == c);
            long fn = list.Count(p => p.Gold == c && p.Predicted != c);
            sum += F1(tp, fp, fn);
        }
        return sum / cls.Count;
    }
}

/// <summary>A counted share: how many of how many were right.</summary>
public sealed class Rate
{
    public long Hits { get; private set; }
    public long Total { get; private set; }
    public double Percent => Metrics.Percent(Hits, Total);

    public void Add(bool hit) { Total++; if (hit) Hits++; }

    public override string ToString() => $"{Hits}/{Total} ({Percent:0.0}%)";
}

/// <summary>Counts of (gold label, predicted label) pairs, for a confusion table.</summary>
public sealed class ConfusionMatrix
{
    private readonly Dictionary<(string Gold, string Predicted), long> _cells = new();
    private readonly List<string> _gold = [], _predicted = [];

    public void Add(string gold, string predicted)
    {
        _cells[(gold, predicted)] = this[gold, predicted] + 1;
        if (!_gold.Contains(gold)) _gold.Add(gold);
        if (!_predicted.Contains(predicted)) _predicted.Add(predicted);
    }

    public long this[string gold, string predicted] => _cells.GetValueOrDefault((gold, predicted));

    public IReadOnlyList<string> GoldLabels => _gold.OrderByDescending(g => _cells.Where(c => c.Key.Gold == g).Sum(c => c.Value)).ThenBy(g => g, StringComparer.Ordinal).ToList();
    public IReadOnlyList<string> PredictedLabels => _predicted.OrderBy(p => p == "(none)").ThenBy(p => p, StringComparer.Ordinal).ToList();

    public IEnumerable<(string Gold, string Predicted, long Count)> Cells => _cells.Select(c => (c.Key.Gold, c.Key.Predicted, c.Value));

    public ReportTable ToTable(string title)
    {
        var pred = PredictedLabels;
        var rows = GoldLabels.Select(g => (IReadOnlyList<string>)[g, .. pred.Select(p => this[g, p].ToString()), _cells.Where(c => c.Key.Gold == g).Sum(c => c.Value).ToString()]).ToList();
        return new ReportTable(title, ["gold \\ predicted", .. pred, "total"], rows);
    }
}
