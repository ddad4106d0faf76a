using System.Diagnostics;
using Faultline.Documents;
using Faultline.Pipeline;

namespace Faultline.Bench;

/// <summary>
/// `-- scaling [--corpus acled|news]`: whether two threads can be told from one on this machine right now. Runs,
/// interleaved, batch extraction on 1 and 2 threads, the same work split statically over dedicated threads (the
/// ideal), and a pure CPU loop on 1 and 2 threads (the control): when the control does not scale, the machine is
/// busy with other work and no figure of this run says anything about the pipeline's scaling.
/// </summary>
public static class ScalingCheck
{
    public static int Run(string[] args)
    {
        var docs = args.Contains("news") ? Corpora.NewsArticles() : Corpora.AcledNotes();
        var extractor = Extractor.Default;
        var cases = new (string Name, Action Run)[]
        {
            ("batch 1 thread", () => Batch(extractor, docs, 1)),
            ("batch 2 threads", () => Batch(extractor, docs, 2)),
            ("static 2 threads", () => Static(extractor, docs, 2)),
            ("control 1 thread", () => Spin(1)),
            ("control 2 threads", () => Spin(2)),
        };
        for (int w = 0; w < 3; w++) foreach (var c in cases) c.Run();
        var walls = cases.ToDictionary(c => c.Name, _ => new List<double>());
        for (int r = 0; r < 5; r++)
            foreach (var c in cases)
            {
                var clock = Stopwatch.StartNew();
                c.Run();
                walls[c.Name].Add(clock.Elapsed.TotalSeconds);
            }
        double Median(string name) => walls[name].Order().ElementAt(2);
        foreach (var c in cases) Console.WriteLine($"{c.Name,-18} median {Median(c.Name):F3} s");
        Console.WriteLine($"scaling: batch {Median("batch 1 thread") / Median("batch 2 threads"):F2}x, ideal {Median("batch 1 thread") / Median("static 2 threads"):F2}x, " +
                          $"control {Median("control 1 thread") / Median("control 2 threads"):F2}x (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        return 0;
    }

    private static void Batch(Extractor extractor, List<Document> docs, int threads) =>
        BatchExtraction.Run(extractor, docs.Select(ReadResult.Ok), threads).Sum(p => p.Result?.Events.Count ?? 0);

    private static void Static(Extractor extractor, List<Document> docs, int threads)
    {
        var workers = Enumerable.Range(0, threads).Select(k => new Thread(() => { for (int i = k; i < docs.Count; i += threads) extractor.Extract(docs[i]); })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
    }

    private static long _sink;

    /// <summary>A fixed amount of arithmetic split over the threads: a perfect 2x wherever two cores are free.</summary>
    private static void Spin(int threads)
    {
        const long Work = 200_000_000;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            long x = 0;
            for (long i = 0; i < Work / threads; i++) x += i ^ (x >> 3);
            Interlocked.Add(ref _sink, x);
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
    }
}
