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
            ("ports 1 thread", () => Ports(1)),
            ("ports 2 threads", () => Ports(2)),
        };
        for (int w = 0; w < 3; w++) foreach (var c in cases) c.Run();
        var walls = cases.ToDictionary(c => c.Name, _ => new List<double>());
        var cpus = cases.ToDictionary(c => c.Name, _ => new List<double>());
        var process = Process.GetCurrentProcess();
        for (int r = 0; r < 5; r++)
            foreach (var c in cases)
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                c.Run();
                walls[c.Name].Add(clock.Elapsed.TotalSeconds);
                process.Refresh();
                cpus[c.Name].Add((process.TotalProcessorTime - cpu).TotalSeconds);
            }
        double Median(string name) => walls[name].Order().ElementAt(2);
        // CPU seconds per case: when two threads take more CPU than one for the same work, the extra is contention
        // (shared cache lines, locks) or cores that share execution units, not waiting.
        foreach (var c in cases) Console.WriteLine($"{c.Name,-18} median {Median(c.Name):F3} s, CPU {cpus[c.Name].Order().ElementAt(2):F3} s");
        Console.WriteLine($"scaling: batch {Median("batch 1 thread") / Median("batch 2 threads"):F2}x, ideal {Median("batch 1 thread") / Median("static 2 threads"):F2}x, " +
                          $"control {Median("control 1 thread") / Median("control 2 threads"):F2}x, ports control {Median("ports 1 thread") / Median("ports 2 threads"):F2}x (load {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
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

    /// <summary>
    /// Like <see cref="Spin"/>, but with eight independent chains that keep a core's integer ports busy. Two
    /// hyperthreads of one physical core run a single dependency chain each (Spin) almost 2x faster than one, but
    /// not this: when Spin scales and this does not, the two "cores" share one core's execution units.
    /// </summary>
    private static void Ports(int threads)
    {
        const long Work = 100_000_000;
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
        {
            long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
            for (long i = 0; i < Work / threads; i++)
            {
                a += i; b ^= i; c += i << 1; d ^= i >> 1; e += i ^ 3; f ^= i + 5; g += i | 7; h ^= i & 9;
            }
            Interlocked.Add(ref _sink, a + b + c + d + e + f + g + h);
        })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
    }

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
