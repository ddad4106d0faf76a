using Faultline.Documents;

namespace Faultline.Pipeline;

/// <summary>One input item after processing: its events, a read or extraction error, or a skip (already stored).</summary>
public sealed record Processed(DocumentEvents? Result, ReadError? Error, Document? Skipped = null);

/// <summary>
/// Runs the extractor over a stream of read results on several threads (<see cref="OrderedParallel"/>), keeping input order and streaming:
/// never the whole corpus in memory. A document that throws becomes an error; the batch goes on.
/// </summary>
public static class BatchExtraction
{
    public static IEnumerable<Processed> Run(Extractor extractor, IEnumerable<ReadResult> inputs, int threads, Func<Document, bool>? skip = null)
    {
        // One thread: the caller's own, nothing handed over.
        if (threads <= 1) return inputs.Select(r => Process(extractor, r, skip));
        // Several: worker threads, results handed back in input order; a small window bounds the work in flight.
        return OrderedParallel.Map(inputs, r => Process(extractor, r, skip), threads, window: 16 * threads);
    }

    private static Processed Process(Extractor extractor, ReadResult r, Func<Document, bool>? skip)
    {
        if (r.Error is not null) return new Processed(null, r.Error);
        var doc = r.Document!;
        if (skip is not null && skip(doc)) return new Processed(null, null, doc);
        try
        {
            return new Processed(extractor.Extract(doc), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Processed(null, new ReadError(doc.Origin, $"could not be coded: {e.GetType().Name}: {e.Message}"));
        }
    }
}
