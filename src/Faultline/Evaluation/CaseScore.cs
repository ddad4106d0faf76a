using Faultline.Events;

namespace Faultline.Evaluation;

/// <summary>
/// Accumulates CASE 2021 task 2 results: predicted label = the primary event's sub-event type, or "none" when no
/// event is found. Accuracy over all snippets; macro-F1 over the ACLED sub-event types (those in gold or
/// predictions; "none" is not averaged but its errors count against the classes involved); the share of
/// non-conflict snippets that give no event.
/// </summary>
public sealed class CaseScore(int examplesKept = 10)
{
    private readonly List<(string Gold, string Predicted)> _pairs = [];
    private readonly WorstExamples _errors = new(examplesKept, 2);
    private readonly WorstExamples _nonConflictHits = new(examplesKept, 2);
    private readonly ConfusionMatrix _types = new();

    public int Rows => _pairs.Count;
    public int UnknownCodes { get; private set; }
    public Rate Accuracy { get; } = new();
    public Rate ConflictAccuracy { get; } = new();
    public Rate EventTypeAccuracy { get; } = new();
    public Rate NonConflictNoEvent { get; } = new();
    public Rate ConflictFound { get; } = new();

    public void Add(CaseRow row, CodedEvent? predicted)
    {
        string? gold = CaseLabels.SubTypeOf(row.Code);
        if (gold is null) { UnknownCodes++; return; }
        string pred = predicted?.SubEventType ?? CaseLabels.None;
        _pairs.Add((gold, pred));
        bool ok = gold == pred;
        Accuracy.Add(ok);
        string goldType = gold == CaseLabels.None ? CaseLabels.None : EventTaxonomy.EventTypeOf(gold);
        string predType = predicted?.EventType ?? CaseLabels.None;
        _types.Add(goldType, predType);
        EventTypeAccuracy.Add(goldType == predType);
        if (gold == CaseLabels.None)
        {
            NonConflictNoEvent.Add(predicted is null);
            if (predicted is not null) _nonConflictHits.AddPattern(new Example(row.Id, row.Snippet, row.Code, pred));
        }
        else
        {
            ConflictAccuracy.Add(ok);
            ConflictFound.Add(predicted is not null);
        }
        if (!ok && gold != CaseLabels.None) _errors.AddPattern(new Example(row.Id, row.Snippet, gold, pred));
    }

    /// <summary>ACLED sub-event types seen in gold or predictions.</summary>
    public IEnumerable<string> Classes => _pairs.SelectMany(p => new[] { p.Gold, p.Predicted }).Where(c => c != CaseLabels.None).Distinct();

    public double MacroF1 => Metrics.MacroF1(_pairs, Classes);

    public EvalReport Report(string title)
    {
        var perClass = Classes.OrderBy(c => c, StringComparer.Ordinal).Select(c =>
        {
            long tp = _pairs.Count(p => p.Gold == c && p.Predicted == c), fp = _pairs.Count(p => p.Gold != c && p.Predicted == c), fn = _pairs.Count(p => p.Gold == c && p.Predicted != c);
            return (IReadOnlyList<string>)[c, (tp + fn).ToString(), (tp + fp).ToString(), tp.ToString(),
                $"{100 * Metrics.Precision(tp, fp):0.0}", $"{100 * Metrics.Recall(tp, fn):0.0}", $"{100 * Metrics.F1(tp, fp, fn):0.0}"];
        }).ToList();
        return new EvalReport
        {
            Title = title,
            Notes = ["Predicted label = the primary event's sub-event type, or \"none\" when no event is found; the five non-conflict codes are gold \"none\". Snippets have no date; none is given."],
            Figures =
            [
                new("rows", Rows), new("accuracy", Accuracy.Percent), new("macro_f1", 100 * MacroF1),
                new("non_conflict_no_event", NonConflictNoEvent.Percent), new("conflict_accuracy", ConflictAccuracy.Percent),
                new("conflict_event_found", ConflictFound.Percent), new("event_type_accuracy", EventTypeAccuracy.Percent),
            ],
            Tables =
            [
                new ReportTable("Summary", ["measure", "value", "of"],
                [
                    ["snippets", Rows.ToString("N0"), ""],
                    ["accuracy (all snippets)", $"{Accuracy.Percent:0.0}%", Accuracy.Total.ToString()],
                    ["macro-F1 over ACLED sub-types", $"{100 * MacroF1:0.0}", Classes.Count().ToString() + " classes"],
                    ["accuracy (conflict snippets)", $"{ConflictAccuracy.Percent:0.0}%", ConflictAccuracy.Total.ToString()],
                    ["conflict snippets with an event", $"{ConflictFound.Percent:0.0}%", ConflictFound.Total.ToString()],
                    ["event type accuracy (all)", $"{EventTypeAccuracy.Percent:0.0}%", EventTypeAccuracy.Total.ToString()],
                    ["non-conflict snippets with no event", $"{NonConflictNoEvent.Percent:0.0}%", NonConflictNoEvent.Total.ToString()],
                    ["unknown label codes skipped", UnknownCodes.ToString(), ""],
                ]),
                new ReportTable("Per sub-event type", ["sub-event type", "gold", "predicted", "right", "P", "R", "F1"], perClass),
                _types.ToTable("Event types (rows: gold, columns: predicted)"),
            ],
            Examples =
            [
                new ExampleSection("sub_event_type", "conflict snippets with the wrong sub-event type (gold -> predicted)", _errors.Worst(examplesKept), _errors.TopPatterns(15)),
                new ExampleSection("non_conflict", "non-conflict snippets that gave an event (code -> predicted)", _nonConflictHits.Worst(examplesKept), _nonConflictHits.TopPatterns(10)),
            ],
        };
    }
}
