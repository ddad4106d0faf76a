using Faultline.Evaluation;

namespace Faultline.Tests;

public class EvaluationMetricsTests
{
    [Fact]
    public void Median_of_odd_even_and_empty()
    {
        Assert.Equal(2.0, Metrics.Median([3, 1, 2]));
        Assert.Equal(2.5, Metrics.Median([4, 1, 3, 2]));
        Assert.Equal(7.0, Metrics.Median([7]));
        Assert.Null(Metrics.Median([]));
    }

    [Fact]
    public void Precision_recall_f1()
    {
        Assert.Equal(0.75, Metrics.Precision(3, 1));
        Assert.Equal(0.5, Metrics.Recall(3, 3));
        Assert.Equal(0.6, Metrics.F1(3, 1, 3), 10);           // 2 * .75 * .5 / 1.25
        Assert.Equal(2.0 / 3, Metrics.F1(0.5, 1.0), 10);
        Assert.Equal(0, Metrics.F1(0, 0, 5));
        Assert.Equal(0, Metrics.Percent(3, 0));
        Assert.Equal(25, Metrics.Percent(1, 4));
    }

    [Fact]
    public void Macro_f1_averages_classes_and_counts_none_as_an_error()
    {
        // A: tp 2, fp 0, fn 1 -> P 1, R 2/3, F1 0.8.  B: tp 1, fp 1 (A->B), fn 0 -> P .5, R 1, F1 2/3.
        // "none" (gold none predicted B? no: gold A predicted none) is not a class of its own.
        var pairs = new[] { ("A", "A"), ("A", "A"), ("A", "B"), ("B", "B"), ("none", "none") };
        double macro = Metrics.MacroF1(pairs, ["A", "B"]);
        Assert.Equal((0.8 + 2.0 / 3) / 2, macro, 10);
        var withNone = new[] { ("A", "A"), ("A", "none") };   // A: P 1, R .5 -> 2/3
        Assert.Equal(2.0 / 3, Metrics.MacroF1(withNone, ["A"]), 10);
    }

    [Fact]
    public void Rate_counts_hits_of_total()
    {
        var r = new Rate();
        r.Add(true); r.Add(false); r.Add(true); r.Add(true);
        Assert.Equal(3, r.Hits);
        Assert.Equal(4, r.Total);
        Assert.Equal(75, r.Percent);
    }

    [Fact]
    public void Worst_examples_keep_the_largest_errors_and_most_frequent_patterns()
    {
        var w = new WorstExamples(keep: 2);
        foreach (var (id, sev) in new[] { ("a", 3.0), ("b", 10.0), ("c", 1.0), ("d", 7.0) })
            w.AddBySeverity(new Example(id, "", "", "", sev));
        Assert.Equal(["b", "d"], w.Worst(5).Select(e => e.Id));

        var p = new WorstExamples(keep: 10, perPattern: 1);
        p.AddPattern(new Example("1", "", "Battles", "Riots"));
        p.AddPattern(new Example("2", "", "Battles", "Protests"));
        p.AddPattern(new Example("3", "", "Battles", "Protests"));
        Assert.Equal(("Battles -> Protests", 2L), p.TopPatterns(1)[0]);
        Assert.Equal("2", p.Worst(1)[0].Id);
    }

    [Fact]
    public void Confusion_matrix_counts_cells()
    {
        var m = new ConfusionMatrix();
        m.Add("Battles", "Battles");
        m.Add("Battles", "(none)");
        m.Add("Riots", "Battles");
        Assert.Equal(1, m["Battles", "(none)"]);
        Assert.Equal(0, m["Riots", "Riots"]);
        var t = m.ToTable("x");
        Assert.Equal("(none)", t.Header[^2]);            // no-event column last before the total
        Assert.Equal(["Battles", "1", "1", "2"], t.Rows[0]);
    }
}
