using Faultline.Documents;
using Faultline.Pipeline;

namespace Faultline.Tests;

/// <summary>The ordered parallel map behind batch extraction: input order, bounded look-ahead, errors, early stop.</summary>
public class OrderedParallelTests
{
    [Fact]
    public void Results_come_in_input_order_whatever_order_the_workers_finish_in()
    {
        // Early items take longest, so later ones finish first on the other workers.
        var output = OrderedParallel.Map(Enumerable.Range(0, 200), i => { if (i % 7 == 0) Thread.Sleep(2); return i * 2; }, threads: 3, window: 8).ToList();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * 2), output);
    }

    [Fact]
    public void Workers_never_run_more_than_the_window_ahead_of_the_consumer()
    {
        int read = 0;
        IEnumerable<int> Source() { for (int i = 0; i < 1000; i++) { Interlocked.Increment(ref read); yield return i; } }
        using var e = OrderedParallel.Map(Source(), i => i, threads: 2, window: 4).GetEnumerator();
        Assert.True(e.MoveNext());
        Thread.Sleep(50); // let the workers run as far as they may
        Assert.InRange(Volatile.Read(ref read), 1, 1 + 4);
    }

    [Fact]
    public void A_failing_source_yields_every_earlier_result_then_its_error()
    {
        IEnumerable<int> Source() { for (int i = 0; i < 10; i++) yield return i; throw new IOException("disk gone"); }
        var seen = new List<int>();
        var error = Assert.Throws<IOException>(() => { foreach (var x in OrderedParallel.Map(Source(), i => i, 2, 4)) seen.Add(x); });
        Assert.Equal("disk gone", error.Message);
        Assert.Equal(Enumerable.Range(0, 10), seen);
    }

    [Fact]
    public void Stopping_early_ends_the_workers_and_disposes_the_source()
    {
        bool disposed = false;
        IEnumerable<int> Source() { try { for (int i = 0; ; i++) yield return i; } finally { disposed = true; } }
        Assert.Equal([0, 1, 2], OrderedParallel.Map(Source(), i => i, 2, 4).Take(3));
        Assert.True(disposed);
    }

    [Fact]
    public void Batch_extraction_on_two_threads_codes_the_same_events_as_on_one()
    {
        var docs = Enumerable.Range(0, 40).Select(i => new Document($"d{i}",
            i % 3 == 0 ? "Two soldiers were killed when gunmen attacked an army checkpoint near Kirkuk on Tuesday."
                       : $"Protesters gathered in Baghdad on {1 + i % 28} May 2020 to demand jobs.", new DateOnly(2020, 5, 30))).ToList();
        string Codes(int threads) => string.Join("\n", BatchExtraction.Run(Extractor.Default, docs.Select(ReadResult.Ok), threads)
            .Select(p => p.Result!.Document.Id + ": " + string.Join(", ", p.Result.Events.Select(e => $"{e.SubEventType}@{e.Location}/{e.Date}"))));
        Assert.Equal(Codes(1), Codes(2));
    }

    [Fact]
    public void Workers_are_long_lived_threads_of_our_own_not_pool_threads()
    {
        // Pool threads come and go under load, and a thread new to a run starts with cold word caches.
        var seen = new System.Collections.Concurrent.ConcurrentBag<(bool Pool, bool Background, string? Name)>();
        for (int run = 0; run < 2; run++)
            _ = OrderedParallel.Map(Enumerable.Range(0, 50), i =>
            {
                seen.Add((Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.IsBackground, Thread.CurrentThread.Name));
                return i;
            }, threads: 2, window: 4).ToList();
        Assert.NotEmpty(seen);
        Assert.All(seen, t => Assert.False(t.Pool));
        Assert.All(seen, t => Assert.True(t.Background));
        Assert.All(seen, t => Assert.StartsWith("Faultline worker", t.Name));
    }

    [Fact]
    public void A_run_started_inside_another_finishes_while_the_outer_workers_wait()
    {
        // The outer run's workers fill its window and wait for the consumer, which is busy with the inner run: the
        // inner run must get threads of its own.
        var sums = OrderedParallel.Map(Enumerable.Range(0, 20), i => i, threads: 2, window: 2)
            .Select(i => OrderedParallel.Map(Enumerable.Range(0, 10), k => k * i, threads: 2, window: 2).Sum())
            .ToList();
        Assert.Equal(Enumerable.Range(0, 20).Select(i => 45 * i), sums);
    }
}
