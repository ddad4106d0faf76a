using Faultline.Documents;
using Faultline.Events;
using Faultline.Pipeline;

namespace Faultline.Evaluation;

/// <summary>
/// Runs the extractor over gold items on several threads (PLINQ, ordered, streaming: never the whole set in
/// memory) and feeds each result, in input order, to a single-threaded score. A document that throws counts as
/// no event found.
/// </summary>
public static class EvaluationRunner
{
    public static void Acled(Extractor extractor, IEnumerable<AcledGoldRow> rows, AcledScore score, int threads, Action? tick = null)
    {
        foreach (var (row, ev, failed) in Parallel(rows, threads, r => AcledScore.Pick(extractor.Extract(AcledGoldReader.ToDocument(r)).Events)))
        {
            if (failed) score.AddError(row); else score.Add(row, ev);
            tick?.Invoke();
        }
    }

    public static void Case(Extractor extractor, IEnumerable<CaseRow> rows, CaseScore score, int threads, Action? tick = null)
    {
        foreach (var (row, ev, _) in Parallel(rows, threads, r => AcledScore.Pick(extractor.Extract(new Document(r.Id, r.Snippet, null)).Events)))
        {
            score.Add(row, ev);
            tick?.Invoke();
        }
    }

    public static void WikiEvents(Extractor extractor, IEnumerable<WikiEventsDoc> docs, WikiEventsScore score, int threads, Action? tick = null)
    {
        foreach (var (doc, ev, _) in Parallel(docs, threads, d => AcledScore.Pick(extractor.Extract(d.ToDocument()).Events)))
        {
            score.Add(doc, ev);
            tick?.Invoke();
        }
    }

    public static void Geo(Extractor extractor, IEnumerable<GeoArticle> articles, GeoScore score, int threads, Action? tick = null)
    {
        foreach (var (article, places, _) in Parallel(articles, threads, a => Places(extractor, a)))
        {
            score.Add(article, places ?? []);
            tick?.Invoke();
        }
    }

    /// <summary>The place mentions the extractor finds in an article, as predicted toponyms.</summary>
    public static IReadOnlyList<PredictedToponym> Places(Extractor extractor, GeoArticle article)
    {
        var doc = new Document(article.Id, article.Text, null, article.Title);
        return extractor.Annotate(doc).Places
            .Select(p => new PredictedToponym(p.Span, p.Span.Of(article.Text), p.Place.Latitude, p.Place.Longitude))
            .ToList();
    }

    private static IEnumerable<(TIn Item, TOut? Result, bool Failed)> Parallel<TIn, TOut>(IEnumerable<TIn> items, int threads, Func<TIn, TOut?> work) =>
        items.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, threads))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(item =>
            {
                try { return (item, work(item), false); }
                catch (Exception e) when (e is not OutOfMemoryException) { return (item, default(TOut), true); }
            });
}
