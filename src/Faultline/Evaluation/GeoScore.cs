using Faultline.Places;
using Faultline.Text;

namespace Faultline.Evaluation;

/// <summary>A predicted place mention: its span, its name as written and the coordinates it was resolved to.</summary>
public sealed record PredictedToponym(TextSpan Span, string Name, double Latitude, double Longitude);

/// <summary>
/// Accumulates geoparsing results over GeoWebNews articles. Gold = toponyms with coordinates. Recognition by span
/// overlap: a gold toponym is recognised when a prediction overlaps it; a prediction is a true positive when it
/// overlaps a gold toponym, neutral when it overlaps only a toponym annotated without coordinates (demonym,
/// language, homonym...), a false positive otherwise. Resolution over recognised gold toponyms (the overlapping
/// prediction with the longest overlap); end-to-end counts unrecognised gold toponyms as wrong.
/// </summary>
public sealed class GeoScore(int examplesKept = 10)
{
    public int Articles { get; private set; }
    public long Gold { get; private set; }
    public long Recognised { get; private set; }
    public long TruePositivePredictions { get; private set; }
    public long FalsePositives { get; private set; }
    public long Neutral { get; private set; }
    public long Within161 { get; private set; }
    public long Within25 { get; private set; }
    /// <summary>Gold toponyms skipped because their offsets fall outside the text (GWN has a few negative starts).</summary>
    public long InvalidSpans { get; private set; }
    private readonly List<double> _km = [];
    private readonly Dictionary<string, (long Gold, long Recognised, long Within161)> _byType = new(StringComparer.Ordinal);
    private readonly WorstExamples _missed = new(examplesKept, 1);
    private readonly WorstExamples _spurious = new(examplesKept, 1);
    private readonly WorstExamples _far = new(examplesKept);

    public double Precision => Metrics.Precision(TruePositivePredictions, FalsePositives);
    public double Recall => Gold == 0 ? 0 : (double)Recognised / Gold;
    public double F1 => Metrics.F1(Precision, Recall);
    public double? MedianKm => Metrics.Median(_km);
    public double ResolutionWithin161 => Metrics.Percent(Within161, Recognised);
    public double EndToEnd => Metrics.Percent(Within161, Gold);

    public void Add(GeoArticle article, IReadOnlyList<PredictedToponym> predicted)
    {
        Articles++;
        foreach (var g in article.Toponyms.Where(t => t.IsGold))
        {
            if (g.Span.Start < 0 || g.Span.End > article.Text.Length || g.Span.Start >= g.Span.End) { InvalidSpans++; continue; }
            Gold++;
            var t = _byType.GetValueOrDefault(g.Type);
            var best = predicted.Where(p => p.Span.Overlaps(g.Span)).OrderByDescending(p => Overlap(p.Span, g.Span)).FirstOrDefault();
            double? dist = best is null ? null : Geo.DistanceKm(g.Latitude!.Value, g.Longitude!.Value, best.Latitude, best.Longitude);
            _byType[g.Type] = (t.Gold + 1, t.Recognised + (best is null ? 0 : 1), t.Within161 + (dist <= 161 ? 1 : 0));
            if (best is null)
            {
                _missed.AddPattern(new Example(article.Id, Context(article.Text, g.Span), g.Name, "(not found)", Pattern: g.Name));
                continue;
            }
            Recognised++;
            double km = dist!.Value;
            _km.Add(km);
            if (km <= 161) Within161++;
            if (km <= 25) Within25++;
            if (km > 161)
                _far.AddBySeverity(new Example(article.Id, Context(article.Text, g.Span), $"{g.Name} {g.Latitude:0.##},{g.Longitude:0.##}",
                    $"{best.Name} {best.Latitude:0.##},{best.Longitude:0.##} — {km:0} km", km));
        }
        foreach (var p in predicted)
        {
            var over = article.Toponyms.Where(t => t.Span.Overlaps(p.Span)).ToList();
            if (over.Any(t => t.IsGold)) TruePositivePredictions++;
            else if (over.Count > 0 && over.All(t => t.IsNeutral)) Neutral++;
            else
            {
                FalsePositives++;
                string gold = over.Count == 0 ? "(not annotated)" : string.Join(", ", over.Select(t => t.Type).Distinct());
                _spurious.AddPattern(new Example(article.Id, Context(article.Text, p.Span), gold, p.Name, Pattern: $"{p.Name} [{gold}]"));
            }
        }
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);

    private static string Context(string text, TextSpan s)
    {
        int from = Math.Max(0, s.Start - 80), to = Math.Min(text.Length, s.End + 80);
        if (s.Start < 0 || s.End > text.Length || s.Start > s.End) return "";
        return (from > 0 ? "…" : "") + text[from..s.Start] + "[[" + text[s.Start..s.End] + "]]" + text[s.End..to] + (to < text.Length ? "…" : "");
    }

    public EvalReport Report(string title) => new()
    {
        Title = title,
        Notes =
        [
            "Gold = toponyms with coordinates. A prediction overlapping a gold span is a true positive; one overlapping only a toponym annotated without coordinates (demonym, language, homonym, coercion) is ignored; any other prediction (including on \"expression\" annotations such as \"the church\", and Non_Toponym) is a false positive.",
        ],
        Figures =
        [
            new("articles", Articles), new("toponyms", Gold), new("recognition_precision", 100 * Precision),
            new("recognition_recall", 100 * Recall), new("recognition_f1", 100 * F1), new("within_161km", ResolutionWithin161),
            new("median_km", MedianKm), new("end_to_end_within_161km", EndToEnd), new("within_25km", Metrics.Percent(Within25, Recognised)),
        ],
        Tables =
        [
            new ReportTable("Recognition and resolution", ["measure", "value", "of"],
            [
                ["articles", Articles.ToString("N0"), ""],
                ["gold toponyms (with coordinates)", Gold.ToString("N0"), ""],
                ["gold toponyms skipped (offsets outside the text)", InvalidSpans.ToString("N0"), ""],
                ["recognised gold toponyms", Recognised.ToString("N0"), Gold.ToString("N0")],
                ["predicted mentions: true / false / ignored", $"{TruePositivePredictions:N0} / {FalsePositives:N0} / {Neutral:N0}", ""],
                ["recognition precision", $"{100 * Precision:0.0}%", ""],
                ["recognition recall", $"{100 * Recall:0.0}%", ""],
                ["recognition F1", $"{100 * F1:0.0}", ""],
                ["resolution within 161 km (recognised)", $"{ResolutionWithin161:0.0}%", Recognised.ToString("N0")],
                ["resolution within 25 km (recognised)", $"{Metrics.Percent(Within25, Recognised):0.0}%", Recognised.ToString("N0")],
                ["median error km (recognised)", ReportRenderer.Num(MedianKm), Recognised.ToString("N0")],
                ["end-to-end within 161 km (all gold)", $"{EndToEnd:0.0}%", Gold.ToString("N0")],
            ]),
            new ReportTable("Gold toponyms by GeoWebNews type", ["type", "gold", "recognised", "recall", "within 161 km (of recognised)"],
                _byType.OrderByDescending(x => x.Value.Gold).Select(x => (IReadOnlyList<string>)[x.Key, x.Value.Gold.ToString(), x.Value.Recognised.ToString(),
                    $"{Metrics.Percent(x.Value.Recognised, x.Value.Gold):0.0}%", $"{Metrics.Percent(x.Value.Within161, x.Value.Recognised):0.0}%"]).ToList()),
        ],
        Examples =
        [
            new ExampleSection("missed", "gold toponyms not recognised (most frequent names first)", _missed.Worst(examplesKept), _missed.TopPatterns(15)),
            new ExampleSection("false_positive", "predicted places that are not gold toponyms", _spurious.Worst(examplesKept), _spurious.TopPatterns(15)),
            new ExampleSection("resolution", "largest resolution errors (over 161 km)", _far.Worst(examplesKept), []),
        ],
    };
}
