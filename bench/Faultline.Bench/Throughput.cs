using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Faultline.Documents;
using Faultline.Pipeline;

namespace Faultline.Bench;

using static Options;

/// <summary>Whole-pipeline throughput: every document of a corpus through the default extractor, several runs, median reported.</summary>
public static class Throughput
{
    public static int Run(string[] args)
    {
        string corpus = Arg(args, "--corpus") ?? "acled";
        int threads = int.Parse(Arg(args, "--threads") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int repeat = int.Parse(Arg(args, "--repeat") ?? "5", CultureInfo.InvariantCulture);
        var docs = corpus == "news" ? Corpora.NewsArticles() : Corpora.AcledNotes();
        long bytes = docs.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
        var extractor = Extractor.Default;
        extractor.Extract(docs[0]); // load data and JIT before timing
        // Tiered JIT (with PGO) takes several passes over a corpus to settle on optimised code: warm up on whole
        // passes (default 3) so the timed runs measure the steady state a long batch runs in.
        int warmup = int.Parse(Arg(args, "--warmup") ?? "3", CultureInfo.InvariantCulture);
        if (args.Contains("--stages")) { Stages(docs, warmup); return 0; }
        for (int w = 0; w < warmup; w++) BatchExtraction.Run(extractor, docs.Select(ReadResult.Ok), threads).Sum(p => p.Result?.Events.Count ?? 0);
        var seconds = new List<double>();
        var cpuSeconds = new List<double>();
        var cpuInOrder = new List<double>();
        // Methods the JIT compiled during each timed pass: non-zero means tier-up (or first use) is still going on and
        // the pass does not measure steady-state code.
        var jittedInOrder = new List<long>();
        double jitSeconds = 0;
        var gcPauses = new List<double>();
        var workerIds = new HashSet<int>(); // added to under the worker pool's lock (the input is read under it)
        long allocated = 0;
        int gen0 = 0, gen1 = 0, gen2 = 0;
        int events = 0;
        var process = Process.GetCurrentProcess();
        for (int r = 0; r < repeat; r++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            long bytesBefore = GC.GetTotalAllocatedBytes(true);
            var pauseBefore = GC.GetTotalPauseDuration();
            int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
            long jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            var clock = Stopwatch.StartNew();
            // The input is read by the worker that takes each document: which threads coded the timed runs (each has its
            // own word cache, cold on a thread new to the run).
            events = BatchExtraction.Run(extractor, docs.Select(d => { workerIds.Add(Environment.CurrentManagedThreadId); return ReadResult.Ok(d); }), threads)
                .Sum(p => p.Result?.Events.Count ?? 0);
            seconds.Add(clock.Elapsed.TotalSeconds);
            allocated = GC.GetTotalAllocatedBytes(true) - bytesBefore;
            // Garbage collections pause every thread: their count and total pause show what allocation costs a run.
            gcPauses.Add((GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds);
            (gen0, gen1, gen2) = (GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2);
            process.Refresh();
            cpuSeconds.Add((process.TotalProcessorTime - cpu).TotalSeconds);
            cpuInOrder.Add(cpuSeconds[^1]);
            jittedInOrder.Add(System.Runtime.JitInfo.GetCompiledMethodCount() - jitted);
            jitSeconds += (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalSeconds;
        }
        var order = seconds.ToList();
        seconds.Sort();
        cpuSeconds.Sort();
        gcPauses.Sort();
        double median = seconds[seconds.Count / 2];
        // CPU time (all threads, GC included) is less disturbed by other work on a shared machine than wall time.
        double medianCpu = cpuSeconds[cpuSeconds.Count / 2];
        var result = new
        {
            corpus,
            threads,
            documents = docs.Count,
            megabytes = Math.Round(bytes / 1e6, 2),
            events,
            runs = repeat,
            warmup_passes = warmup,
            median_seconds = Math.Round(median, 3),
            docs_per_second = Math.Round(docs.Count / median, 0),
            mb_per_second = Math.Round(bytes / 1e6 / median, 2),
            best_docs_per_second = Math.Round(docs.Count / seconds[0], 0),
            cpu_seconds = Math.Round(medianCpu, 3),
            docs_per_cpu_second = Math.Round(docs.Count / medianCpu, 0),
            allocated_mb_per_run = Math.Round(allocated / 1e6, 0),
            gc_pause_seconds = Math.Round(gcPauses[gcPauses.Count / 2], 3),
            gc_counts_last_run = $"{gen0}/{gen1}/{gen2}",
            gc_mode = System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
            load_average = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?",
            runs_seconds_in_order = order.Select(x => Math.Round(x, 3)).ToArray(),
            runs_cpu_seconds_in_order = cpuInOrder.Select(x => Math.Round(x, 3)).ToArray(),
            methods_jitted_per_run = jittedInOrder.ToArray(),
            jit_seconds_timed_runs = Math.Round(jitSeconds, 3),
            worker_threads_timed_runs = workerIds.Count,
            thread_pool_threads = ThreadPool.ThreadCount,
            peak_working_set_mb = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1e6, 0),
            machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
        };
        Console.WriteLine($"| corpus | threads | docs | MB | median s | docs/s | MB/s | docs/CPU-s | peak MB |");
        Console.WriteLine($"|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine($"| {corpus} | {threads} | {docs.Count} | {result.megabytes} | {result.median_seconds} | {result.docs_per_second} | {result.mb_per_second} | {result.docs_per_cpu_second} | {result.peak_working_set_mb} |");
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>
    /// Single-threaded time spent in each annotator and in event coding, to find where the time goes: after warm-up
    /// passes (tiered JIT), the median of seven passes per stage, in the thread's CPU time (see <see cref="ThreadCpuClock"/>).
    /// </summary>
    private static void Stages(List<Document> docs, int warmup)
    {
        var passes = new Dictionary<string, List<double>>();
        var allocatedKb = new Dictionary<string, double>(); // bytes allocated per stage in the last pass, KB

        var gaz = Faultline.Places.Gazetteer.Default;
        var kb = Faultline.Actors.ActorKnowledgeBase.Default;
        var places = new Faultline.Places.PlaceFinder(gaz);
        var actors = new Faultline.Actors.ActorFinder(kb);
        var coder = new Faultline.Events.EventCoder(kb, gaz);
        var annotator = new Annotator(places, actors);
        for (int pass = 0; pass < warmup + 7; pass++)
        {
            var times = new Dictionary<string, double>();
            var bytes = new Dictionary<string, long>();
            void Time(string name, Action a)
            {
                long b = GC.GetAllocatedBytesForCurrentThread();
                double c = ThreadCpuClock.NowMs();
                a();
                times[name] = times.GetValueOrDefault(name) + ThreadCpuClock.NowMs() - c;
                bytes[name] = bytes.GetValueOrDefault(name) + GC.GetAllocatedBytesForCurrentThread() - b;
            }
            foreach (var d in docs)
            {
                List<Faultline.Text.Token> tokens = null!;
                Time("tokenize", () => tokens = Faultline.Text.Tokenizer.Tokenize(d.Text));
                Time("sentences", () => Faultline.Text.SentenceSplitter.Split(d.Text));
                List<Faultline.Numbers.NumberMention> numbers = null!;
                Time("numbers", () => numbers = Faultline.Numbers.NumberReader.Find(d.Text));
                Time("fatalities", () =>
                {
                    foreach (var s in Faultline.Text.SentenceSplitter.Split(d.Text)) Faultline.Numbers.FatalityReader.Find(d.Text, s.Span, numbers);
                });
                Time("dates", () => Faultline.Time.DateResolver.Find(d.Text, d.Published));
                Time("places", () => places.Find(d.Text, tokens));
                Time("actors", () => actors.Find(d.Text, tokens));
                AnnotatedDocument a = null!;
                Time("annotate(all)", () => a = annotator.Annotate(d));
                Time("mentions", () => Faultline.Events.EventMentionFinder.Find(a));
                Time("code(all)", () => coder.Code(a));
            }
            if (pass < warmup) continue;
            foreach (var (k, v) in times) (passes.TryGetValue(k, out var l) ? l : passes[k] = []).Add(v);
            foreach (var (k, v) in bytes) allocatedKb[k] = v / 1e3;
        }
        Console.WriteLine($"median of 7 passes over {docs.Count} documents after {warmup} warm-up passes, one thread, {ThreadCpuClock.Kind}");
        foreach (var (k, v) in passes) Console.WriteLine($"{k,-18} {v.Order().ElementAt(v.Count / 2),10:F0} ms {allocatedKb[k],12:F0} KB allocated");
    }
}
