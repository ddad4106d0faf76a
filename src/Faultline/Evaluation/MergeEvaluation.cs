using System.Diagnostics;
using System.Text.Json;
using Faultline.Documents;
using Faultline.Merging;
using Faultline.Pipeline;
using Faultline.Storage;

namespace Faultline.Evaluation;

/// <summary>
/// A document of a merging test set and the event it tells: its gold cluster, and the cluster it only looks like
/// (same town next day, same actors elsewhere), which it must never be merged with.
/// </summary>
public sealed record MergeGoldDoc(Document Document, string Cluster, string? LookalikeOf = null);

/// <summary>
/// Reads merging gold: an ACLED CSV (every row a distinct event: text = notes, published = event_date, id =
/// event_id_cnty, cluster = the id) or a cluster JSONL (the input contract plus "cluster" and optional "lookalike_of").
/// </summary>
public static class MergeGoldReader
{
    public static List<MergeGoldDoc> Read(string path)
    {
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(path);
            return new AcledGoldReader().Read(reader).Select(r => new MergeGoldDoc(AcledGoldReader.ToDocument(r), r.Id)).ToList();
        }
        var docs = new List<MergeGoldDoc>();
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            using var json = JsonDocument.Parse(text);
            var r = json.RootElement;
            string? S(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var id = S("id") ?? throw new InvalidDataException($"{path}:{line}: no \"id\"");
            var doc = new Document(id, Faultline.Documents.TextReader.Normalise(S("text") ?? ""), Dates.Parse(S("published")), S("title"), S("source"));
            docs.Add(new MergeGoldDoc(doc, S("cluster") ?? throw new InvalidDataException($"{path}:{line}: no \"cluster\""), S("lookalike_of")));
        }
        return docs;
    }
}

/// <summary>
/// Measures merging through the real store (a temporary SQLite file): pairwise precision/recall/F1 of "same event"
/// between documents, look-alike pairs merged, gold events merged away (each gold cluster counted once per merged
/// event it shares with other clusters), what a second ingest of the same input adds, and whether ingesting in
/// reverse order gives the same events. A document belongs to the merged events of all its reports ("any report"),
/// or, for the headline "merged away" figure, to the event of its primary report (the event an ACLED row codes).
/// </summary>
public static class MergeEvaluation
{
    public static EvalReport Run(IReadOnlyList<MergeGoldDoc> gold, Extractor extractor, int threads, string title, Action? tick = null)
    {
        string dir = Path.Combine(Path.GetTempPath(), "faultline-eval-merge-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var docs = gold.Select(g => g.Document).ToList();
            var clock = Stopwatch.StartNew();
            using var store = SqliteEventStore.Open(Path.Combine(dir, "a.db"));
            var first = Ingest(store, docs, extractor, threads, tick);
            double seconds = clock.Elapsed.TotalSeconds;
            long reports = store.CountEvents(), merged = store.CountMergedEvents(), documents = store.CountDocuments();
            var again = Ingest(store, docs, extractor, threads, null);
            long addedAgain = store.CountEvents() - reports + store.CountMergedEvents() - merged + store.CountDocuments() - documents + again.New;
            var clusters = store.Clusters();
            var allReports = store.Query(new EventQuery { Reports = true, Detail = false });
            var primaries = allReports.Where(e => e.IsPrimary).Select(e => new ReportKey(e.DocumentId, e.Index)).ToHashSet();
            var primaryOf = allReports.Where(e => e.IsPrimary).GroupBy(e => e.DocumentId).ToDictionary(g => g.Key, g => Report.Of(g.First(), ActorIdentity.Default));

            using var reversed = SqliteEventStore.Open(Path.Combine(dir, "b.db"));
            Ingest(reversed, Enumerable.Reverse(docs).ToList(), extractor, threads, null);
            bool sameInReverse = Same(clusters, reversed.Clusters());

            var clusterOf = gold.GroupBy(g => g.Document.Id).ToDictionary(g => g.Key, g => g.First().Cluster);
            var lookalike = gold.Where(g => g.LookalikeOf is not null).GroupBy(g => g.Document.Id).ToDictionary(g => g.Key, g => g.First().LookalikeOf!);

            var predicted = new HashSet<(string, string)>();
            foreach (var c in clusters)
            {
                var ds = c.Select(k => k.DocId).Distinct().Order(StringComparer.Ordinal).ToList();
                for (int i = 0; i < ds.Count; i++)
                    for (int j = i + 1; j < ds.Count; j++) predicted.Add((ds[i], ds[j]));
            }
            long goldPairs = gold.GroupBy(g => g.Cluster).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
            long tp = predicted.Count(p => clusterOf.GetValueOrDefault(p.Item1) is { } a && a == clusterOf.GetValueOrDefault(p.Item2));
            long fp = predicted.Count - tp, fn = goldPairs - tp;
            double precision = Metrics.Precision(tp, fp), recall = Metrics.Recall(tp, fn), f1 = Metrics.F1(precision, recall);
            var lookalikeMerged = predicted.Where(p =>
                lookalike.GetValueOrDefault(p.Item1) is { } l1 && l1 == clusterOf.GetValueOrDefault(p.Item2) ||
                lookalike.GetValueOrDefault(p.Item2) is { } l2 && l2 == clusterOf.GetValueOrDefault(p.Item1)).ToList();
            long lookalikePairs = gold.Where(g => g.LookalikeOf is not null).Sum(g => (long)gold.Count(h => h.Cluster == g.LookalikeOf));

            var (awayPrimary, goldPrimary) = MergedAway(clusters.Select(c => c.Where(primaries.Contains).ToList()), clusterOf);
            var (awayAny, goldAny) = MergedAway(clusters, clusterOf);

            var examples = predicted.Where(p => clusterOf.GetValueOrDefault(p.Item1) != clusterOf.GetValueOrDefault(p.Item2)).Take(20)
                .Select(p => new Example(p.Item1, Excerpt(gold, p.Item1) + " || " + Excerpt(gold, p.Item2), "different events", "merged with " + p.Item2)).ToList();

            var missed = gold.GroupBy(g => g.Cluster).Where(g => g.Count() > 1)
                .SelectMany(g => g.SelectMany(x => g.Where(y => string.CompareOrdinal(x.Document.Id, y.Document.Id) < 0).Select(y => (x.Document.Id, y.Document.Id))))
                .Where(p => !predicted.Contains(p)).Take(30)
                .Select(p => new Example(p.Item1, Excerpt(gold, p.Item1) + " || " + Excerpt(gold, p.Item2), "same event as " + p.Item2,
                    primaryOf.TryGetValue(p.Item1, out var r1) && primaryOf.TryGetValue(p.Item2, out var r2)
                        ? $"kept apart: {MatchScorer.Default.Score(r1, r2)} [{Describe(r1)}] vs [{Describe(r2)}]" : "kept apart: a document has no primary event"))
                .ToList();
            var away = MergedAwayExamples(clusters, primaryOf, clusterOf, gold);
            var sections = new List<ExampleSection>();
            if (examples.Count > 0) sections.Add(new ExampleSection("merge", "documents of different gold events merged", examples, []));
            if (away.Count > 0) sections.Add(new ExampleSection("away", "gold events merged away (primary reports), each with the closest pair that joined it", away, [], KeepAll: true));
            if (missed.Count > 0) sections.Add(new ExampleSection("apart", "documents of one gold event kept apart", missed, []));

            return new EvalReport
            {
                Title = title,
                Notes =
                [
                    $"{gold.Count:N0} documents, {gold.Select(g => g.Cluster).Distinct().Count():N0} gold events; {reports:N0} reports stored as {merged:N0} merged events.",
                    "Pairs are pairs of documents; a pair is predicted 'same event' when a report of each is in one merged event.",
                    "Merged away: for each merged event, the gold events in it beyond the first (primary reports only, then any report).",
                ],
                Figures =
                [
                    new("documents", gold.Count),
                    new("reports", reports),
                    new("merged_events", merged),
                    new("pair_precision", Math.Round(precision, 4)),
                    new("pair_recall", Math.Round(recall, 4)),
                    new("pair_f1", Math.Round(f1, 4)),
                    new("lookalike_pairs", lookalikePairs),
                    new("lookalike_pairs_merged", lookalikeMerged.Count),
                    new("gold_events_with_primary", goldPrimary),
                    new("merged_away_primary", awayPrimary),
                    new("merged_away_primary_pct", Math.Round(Metrics.Percent(awayPrimary, goldPrimary), 3)),
                    new("merged_away_any_report", awayAny),
                    new("merged_away_any_report_pct", Math.Round(Metrics.Percent(awayAny, goldAny), 3)),
                    new("reingest_added", addedAgain),
                    new("same_events_in_reverse_order", sameInReverse ? 1 : 0),
                    new("ingest_docs_per_second", Math.Round(gold.Count / seconds, 0)),
                ],
                Tables =
                [
                    new ReportTable("Merging", ["measure", "value"],
                    [
                        ["documents / gold events", $"{gold.Count:N0} / {gold.Select(g => g.Cluster).Distinct().Count():N0}"],
                        ["reports / merged events", $"{reports:N0} / {merged:N0}"],
                        ["pairwise precision / recall / F1", $"{precision:0.000} / {recall:0.000} / {f1:0.000} (tp {tp}, fp {fp}, fn {fn})"],
                        ["look-alike pairs merged", $"{lookalikeMerged.Count} of {lookalikePairs}"],
                        ["gold events merged away (primary reports)", $"{awayPrimary:N0} of {goldPrimary:N0} ({Metrics.Percent(awayPrimary, goldPrimary):0.00}%)"],
                        ["gold events merged away (any report)", $"{awayAny:N0} of {goldAny:N0} ({Metrics.Percent(awayAny, goldAny):0.00}%)"],
                        ["second ingest of the same input added", addedAgain.ToString("N0")],
                        ["same events when ingested in reverse order", sameInReverse ? "yes" : "NO"],
                        ["ingest (extract + merge + store)", $"{seconds:0.00} s, {gold.Count / seconds:N0} documents/s"],
                    ]),
                ],
                Examples = sections,
            };
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Ingests documents in batches of 500 (one transaction each), skipping those already stored.</summary>
    public static IngestCounts Ingest(SqliteEventStore store, IReadOnlyList<Document> docs, Extractor extractor, int threads, Action? tick) =>
        Ingestion.Run(store, docs.Select(ReadResult.Ok), extractor, threads, 500, tick is null ? null : _ => tick());

    private static (long Away, long Gold) MergedAway(IEnumerable<List<ReportKey>> clusters, Dictionary<string, string> clusterOf)
    {
        long away = 0;
        var seen = new HashSet<string>();
        foreach (var c in clusters)
        {
            var golds = c.Select(k => clusterOf.GetValueOrDefault(k.DocId)).Where(g => g is not null).Distinct().ToList();
            foreach (var g in golds) seen.Add(g!);
            away += Math.Max(0, golds.Count - 1);
        }
        return (away, seen.Count);
    }

    /// <summary>
    /// Same events over the documents both stores hold (a document whose text repeats another's is stored once, the
    /// one met first, so the two orders may keep different ids of it).
    /// </summary>
    private static bool Same(List<List<ReportKey>> a, List<List<ReportKey>> b)
    {
        var docsA = a.SelectMany(c => c).Select(k => k.DocId).ToHashSet();
        var docsB = b.SelectMany(c => c).Select(k => k.DocId).ToHashSet();
        List<string> Canon(List<List<ReportKey>> cs) => cs
            .Select(c => c.Where(k => docsA.Contains(k.DocId) && docsB.Contains(k.DocId)).ToList())
            .Where(c => c.Count > 0).Select(c => string.Join(' ', c)).Order(StringComparer.Ordinal).ToList();
        return Canon(a).SequenceEqual(Canon(b));
    }

    /// <summary>
    /// For each gold event merged away (primary reports), the pair of primary reports of it and of an earlier gold event
    /// of the same merged event that scores highest: what an analyst reads to see why they were merged.
    /// </summary>
    private static List<Example> MergedAwayExamples(List<List<ReportKey>> clusters, Dictionary<string, Report> primaryOf,
        Dictionary<string, string> clusterOf, IReadOnlyList<MergeGoldDoc> gold)
    {
        var examples = new List<Example>();
        foreach (var c in clusters)
        {
            var reports = c.Select(k => primaryOf.GetValueOrDefault(k.DocId)).OfType<Report>().Where(r => c.Contains(r.Key))
                .DistinctBy(r => r.Key.DocId).ToList();
            var golds = reports.GroupBy(r => clusterOf.GetValueOrDefault(r.Key.DocId) ?? r.Key.DocId).ToList();
            for (int i = 1; i < golds.Count; i++)
            {
                var best = golds[i].SelectMany(x => golds.Take(i).SelectMany(g => g).Select(y => (X: x, Y: y, S: MatchScorer.Default.Score(x, y))))
                    .OrderByDescending(p => p.S.IsVeto ? -1 : p.S.Points).First();
                examples.Add(new Example(best.X.Key.DocId, FullText(gold, best.X.Key.DocId) + " || " + FullText(gold, best.Y.Key.DocId), "different events",
                    $"merged with {best.Y.Key.DocId}: {best.S} [{Describe(best.X)}] vs [{Describe(best.Y)}]"));
            }
        }
        return examples;
    }

    private static string FullText(IReadOnlyList<MergeGoldDoc> gold, string id) => gold.FirstOrDefault(g => g.Document.Id == id)?.Document.Text ?? "";

    private static string Describe(Report r) =>
        $"{r.Event.Date:yyyy-MM-dd}/{r.Event.TimePrecision} {r.Event.SubEventType} {string.Join("+", r.Actors.Select(a => a.Key))} @ {r.Event.Location} ({r.Event.Admin1}, gp{r.Event.GeoPrecision}) d={r.Event.Fatalities}";

    private static string Excerpt(IReadOnlyList<MergeGoldDoc> gold, string id)
    {
        var text = gold.FirstOrDefault(g => g.Document.Id == id)?.Document.Text ?? "";
        return text.Length > 160 ? text[..160] + "…" : text;
    }
}
