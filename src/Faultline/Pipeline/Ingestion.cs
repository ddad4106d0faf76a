using System.Collections.Concurrent;
using Faultline.Documents;
using Faultline.Storage;

namespace Faultline.Pipeline;

/// <summary>
/// Extract and store at once: extraction threads code documents while one writer thread stores the batches already
/// coded (each batch one transaction, merged as it is written), instead of extraction waiting while a batch is written.
/// Documents the store held at the start are skipped before extraction (<see cref="KnownDocuments"/>); the writer
/// checks again in its transaction, so a text repeated within the input is stored once and re-ingesting stores
/// nothing. Only the writer touches the store's connection while the run lasts.
/// </summary>
public static class Ingestion
{
    /// <param name="seen">Called on the caller's thread for every input item, in input order (errors, skips, results).</param>
    public static IngestCounts Run(SqliteEventStore store, IEnumerable<ReadResult> inputs, Extractor extractor, int threads,
        int batchSize = 500, Action<Processed>? seen = null)
    {
        var known = store.KnownDocuments();
        // Two batches queued at most: extraction runs ahead of the writer by that much, no more (bounded memory).
        using var batches = new BlockingCollection<List<DocumentEvents>>(boundedCapacity: 2);
        using var writerFailed = new CancellationTokenSource();
        var totals = new IngestCounts(0, 0, 0, 0);
        var writer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var batch in batches.GetConsumingEnumerable()) totals = totals.Add(store.Ingest(batch));
            }
            catch
            {
                writerFailed.Cancel(); // stop extraction: the batch failed and was rolled back; earlier ones stay stored
                throw;
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        int skipped = 0;
        try
        {
            var batch = new List<DocumentEvents>(batchSize);
            foreach (var p in BatchExtraction.Run(extractor, inputs, threads, known.Contains))
            {
                seen?.Invoke(p);
                if (p.Skipped is not null) skipped++;
                if (p.Result is null) continue;
                batch.Add(p.Result);
                if (batch.Count < Math.Max(1, batchSize)) continue;
                batches.Add(batch, writerFailed.Token);
                batch = new List<DocumentEvents>(batchSize);
            }
            if (batch.Count > 0) batches.Add(batch, writerFailed.Token);
        }
        catch (OperationCanceledException) when (writerFailed.IsCancellationRequested)
        {
            // The writer failed: its own error is thrown below.
        }
        catch
        {
            // Reading or extraction failed: the batches already queued are still written (as they would have been
            // before the failure); the writer is never left running on a store the caller is about to close.
            batches.CompleteAdding();
            try { writer.Wait(); } catch (AggregateException) { }
            throw;
        }
        batches.CompleteAdding();
        writer.GetAwaiter().GetResult();
        return totals.Add(new IngestCounts(0, skipped, 0, 0));
    }
}
