using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Faultline.Documents;
using Faultline.Evaluation;
using Faultline.Pipeline;
using Faultline.Storage;

namespace Faultline.Bench;

using static Options;

/// <summary>
/// Ingest throughput into the embedded SQLite store: every ACLED dev note read, coded, matched against the stored
/// reports, merged and written (batches of 500, one transaction each), into a fresh store file per run; median of
/// the runs. Also times the store alone (events coded beforehand) to show what merging and writing cost.
/// </summary>
public static class IngestBench
{
    public static int Run(string[] args)
    {
        int threads = int.Parse(Arg(args, "--threads") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int repeat = int.Parse(Arg(args, "--repeat") ?? "3", CultureInfo.InvariantCulture);
        var docs = Corpora.AcledNotes();
        var extractor = Extractor.Default;
        extractor.Extract(docs[0]);
        _ = Faultline.Merging.ActorIdentity.Default;
        string dir = Path.Combine(Path.GetTempPath(), "faultline-bench-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var whole = new List<double>();
            var wholeCpu = new List<double>();
            long reports = 0, merged = 0;
            for (int r = 0; r < (args.Contains("--store-only") ? 0 : repeat); r++)
            {
                string path = Path.Combine(dir, $"run{r}.db");
                var clock = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                using (var store = SqliteEventStore.Open(path))
                {
                    MergeEvaluation.Ingest(store, docs, extractor, threads, null);
                    whole.Add(clock.Elapsed.TotalSeconds);
                    wholeCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
                    reports = store.CountEvents();
                    merged = store.CountMergedEvents();
                }
            }
            // The store alone: the same documents coded once beforehand, then written and merged.
            var coded = BatchExtraction.Run(extractor, docs.Select(ReadResult.Ok), threads).Where(p => p.Result is not null).Select(p => p.Result!).ToList();
            var storeOnly = new List<double>();
            var storeCpu = new List<double>();
            for (int r = 0; r < repeat; r++)
            {
                using var store = SqliteEventStore.Open(Path.Combine(dir, $"store{r}.db"));
                var clock = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var batch in coded.Chunk(500)) store.Ingest(batch);
                storeOnly.Add(clock.Elapsed.TotalSeconds);
                storeCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            }
            if (whole.Count == 0) { whole.Add(double.NaN); wholeCpu.Add(double.NaN); }
            whole.Sort();
            wholeCpu.Sort();
            storeOnly.Sort();
            storeCpu.Sort();
            double median = whole[whole.Count / 2], storeMedian = storeOnly[storeOnly.Count / 2];
            var result = new
            {
                corpus = "acled",
                threads,
                documents = docs.Count,
                reports,
                merged_events = merged,
                runs = repeat,
                median_seconds = Math.Round(median, 3),
                docs_per_second = Math.Round(docs.Count / median, 0),
                store_only_median_seconds = Math.Round(storeMedian, 3),
                store_only_docs_per_second = Math.Round(coded.Count / storeMedian, 0),
                // CPU seconds used (all threads): on a busy shared machine wall time says little; these do not depend on other load.
                cpu_seconds = Math.Round(wholeCpu[wholeCpu.Count / 2], 2),
                store_only_cpu_seconds = Math.Round(storeCpu[storeCpu.Count / 2], 2),
                load_average = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?",
                peak_working_set_mb = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1e6, 0),
                machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}",
            };
            Console.WriteLine("| corpus | threads | docs | reports | merged events | median s | docs/s | CPU s | store only docs/s | store only CPU s | peak MB | load |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
            Console.WriteLine($"| acled | {threads} | {docs.Count} | {reports} | {merged} | {result.median_seconds} | {result.docs_per_second} | {result.cpu_seconds} | {result.store_only_docs_per_second} | {result.store_only_cpu_seconds} | {result.peak_working_set_mb} | {result.load_average} |");
            Console.WriteLine(JsonSerializer.Serialize(result));
            return 0;
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }
}
