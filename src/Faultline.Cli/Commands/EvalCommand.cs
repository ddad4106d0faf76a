using System.CommandLine;
using System.Diagnostics;
using Faultline.Evaluation;
using Faultline.Pipeline;

namespace Faultline.Cli.Commands;

/// <summary>
/// `faultline eval acled|geo|case`: runs the extractor over a gold set and scores it. Prints a table (or one JSON
/// object with --json); --report FILE writes the full detail, with the worst examples per field, as markdown.
/// </summary>
internal static class EvalCommand
{
    public static Command Build()
    {
        var cmd = new Command("eval", """
            Measure the extractor against human-coded gold data (read at run time, never shipped).

            Examples:
              faultline eval acled ../shared/eval/acled-global-2020-05/acled_global_2020-04-27_2020-05-09_dev.csv
              faultline eval acled ../shared/eval/acled-d3m-mideast-2018/acled_mideast_2018_jan_apr_test_with_labels.csv --json
              faultline eval geo ../shared/eval/geoparsing-gwn-trnews-lgl/GWN.xml --report geo.md
              faultline eval case ../shared/eval/case2021-task2-acled-subtypes/test_set_final_release_with_labels.tsv
              faultline eval wikievents ../shared/eval/wikievents-kairos-dev-test/dev.jsonl --report wiki.md
              faultline eval merge tests/Faultline.Tests/data/clusters/clusters.jsonl
              faultline eval merge ../shared/eval/acled-global-2020-05/acled_global_2020-04-27_2020-05-09_dev.csv
            """);
        cmd.Subcommands.Add(Sub("acled", "GOLD.csv", """
            Score ACLED-format rows (current or pre-2019 taxonomy): each row's notes are a document whose primary event
            is compared with the row: event and sub-event type, date, fatalities, country, admin1, distance, actors, inter codes.
            """, RunAcled));
        cmd.Subcommands.Add(Sub("geo", "FILE.xml", """
            Score the place finder on GeoWebNews XML: recognition precision/recall/F1 by span overlap over toponyms with
            coordinates, resolution within 161 km and median km, end-to-end accuracy.
            """, RunGeo));
        cmd.Subcommands.Add(Sub("case", "FILE.tsv", """
            Score sub-event typing on CASE 2021 task 2 snippets (id, EventSnippet, SubType): accuracy, macro-F1 over ACLED
            sub-event types, share of non-conflict snippets that give no event.
            """, RunCase));
        cmd.Subcommands.Add(Sub("wikievents", "FILE.jsonl", """
            Score full articles on WikiEvents JSONL (KAIROS event types and arguments): per document, whether our primary
            event's sub-event type is one the gold primary event's KAIROS type maps to, and whether our actors match its
            Attacker/Target arguments. Reads coref_<split>.jsonlines beside the file when present (gold arguments then
            also match through the other mentions of their entity).
            """, RunWikiEvents));
        cmd.Subcommands.Add(Sub("merge", "GOLD", """
            Score merging across documents through a temporary SQLite store. GOLD is a cluster JSONL (the input contract
            plus "cluster" and optional "lookalike_of") or an ACLED CSV (every row a distinct event): pairwise F1, look-alike
            pairs merged, gold events merged away, what a second ingest adds, and whether reverse order gives the same events.
            """, RunMerge));
        return cmd;
    }

    private static EvalReport RunMerge(EvalArgs a, Progress progress)
    {
        var gold = MergeGoldReader.Read(a.File);
        if (a.Limit is { } n) gold = gold.Take(n).ToList();
        return MergeEvaluation.Run(gold, Extractor.Default, a.Threads, $"Merge evaluation: {Path.GetFileName(a.File)}", () => progress.Add(1, 0, 0));
    }

    private sealed record EvalArgs(string File, int? Limit, bool Json, string? Report, int Threads, int? Examples)
    {
        /// <summary>How many worst examples each section of the report keeps, or the score's own default.</summary>
        public int ExamplesOr(int fallback) => Examples ?? fallback;
    }

    private static Command Sub(string name, string fileName, string description, Func<EvalArgs, Progress, EvalReport> run)
    {
        var file = new Argument<string>(fileName) { Description = "Gold file to score against" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N rows (articles for geo)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the headline figures instead of the table" };
        var report = new Option<string?>("--report") { Description = "Also write the full report (tables and worst examples per field) as markdown to this file" };
        var examples = new Option<int?>("--examples") { Description = "Keep this many worst examples per section of the --report file (default 10; 20 for wikievents; merge lists every error)" };
        var threads = Options.Threads();
        var cmd = new Command(name, description) { file, limit, json, report, examples, threads };
        cmd.SetAction(parse =>
        {
            try { return Run(parse, file, limit, json, report, examples, threads, run); }
            catch (Exception e) when (Bad(e) is { } message)
            {
                Console.Error.WriteLine(e is UsageException ? $"faultline: {message}" : $"faultline: {parse.GetValue(file)}: {message}");
                return ExitCodes.Usage;
            }
        });
        return cmd;
    }

    /// <summary>The message for an input the evaluation cannot use (missing file, wrong format), else null.</summary>
    private static string? Bad(Exception e) => e switch
    {
        UsageException u => u.Message,
        InvalidDataException d => d.Message,
        System.Xml.XmlException x => $"not readable XML: {x.Message}",
        IOException io => io.Message,
        AggregateException { InnerExceptions.Count: 1 } ag => Bad(ag.InnerException!),
        _ => null,
    };

    private static int Run(ParseResult parse, Argument<string> file, Option<int?> limit, Option<bool> json, Option<string?> report,
        Option<int?> examples, Option<int> threads, Func<EvalArgs, Progress, EvalReport> run)
    {
        {
            var a = new EvalArgs(parse.GetValue(file)!, parse.GetValue(limit), parse.GetValue(json), parse.GetValue(report), parse.GetValue(threads),
                parse.GetValue(examples));
            if (!File.Exists(a.File)) throw new UsageException($"{a.File}: no such file");
            if (a.Limit is < 1) throw new UsageException("--limit must be at least 1");
            if (a.Examples is < 0) throw new UsageException("--examples must be 0 or more");
            var clock = Stopwatch.StartNew();
            EvalReport result;
            using (var progress = new Progress(0)) result = run(a, progress);
            double seconds = clock.Elapsed.TotalSeconds;
            result = new EvalReport
            {
                Title = result.Title,
                Notes = [.. result.Notes, $"File: {a.File}; {seconds:0.0} s on {Environment.ProcessorCount} threads; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC."],
                Figures = [.. result.Figures, new("seconds", Math.Round(seconds, 1))],
                Tables = result.Tables,
                Examples = result.Examples,
            };
            using var stdout = Options.OpenOutput(null);
            if (a.Json) ReportRenderer.Json(result, stdout);
            else ReportRenderer.Text(result, stdout);
            stdout.Flush();
            if (a.Report is not null)
            {
                using var md = Options.OpenOutput(a.Report);
                ReportRenderer.Markdown(result, md, a.ExamplesOr(10));
            }
            return ExitCodes.Ok;
        }
    }

    private static IEnumerable<T> Limit<T>(IEnumerable<T> items, int? limit) => limit is { } n ? items.Take(n) : items;

    private static EvalReport RunAcled(EvalArgs a, Progress progress)
    {
        using var reader = new StreamReader(a.File);
        var gold = new AcledGoldReader();
        var score = new AcledScore(a.ExamplesOr(10));
        EvaluationRunner.Acled(Extractor.Default, Limit(gold.Read(reader), a.Limit), score, a.Threads, () => progress.Add(1, 0, 0));
        var r = score.Report($"ACLED evaluation: {Path.GetFileName(a.File)}");
        return gold.Skipped == 0 ? r : new EvalReport
        {
            Title = r.Title, Figures = r.Figures, Tables = r.Tables, Examples = r.Examples,
            Notes = [.. r.Notes, $"{gold.Skipped} rows with empty notes skipped."],
        };
    }

    private static EvalReport RunGeo(EvalArgs a, Progress progress)
    {
        using var reader = new StreamReader(a.File);
        var score = new GeoScore(a.ExamplesOr(10));
        EvaluationRunner.Geo(Extractor.Default, Limit(GeoWebNewsReader.Read(reader), a.Limit), score, a.Threads, () => progress.Add(1, 0, 0));
        return score.Report($"GeoWebNews evaluation: {Path.GetFileName(a.File)}");
    }

    private static EvalReport RunCase(EvalArgs a, Progress progress)
    {
        using var reader = new StreamReader(a.File);
        var score = new CaseScore(a.ExamplesOr(10));
        EvaluationRunner.Case(Extractor.Default, Limit(CaseReader.Read(reader), a.Limit), score, a.Threads, () => progress.Add(1, 0, 0));
        return score.Report($"CASE 2021 task 2 evaluation: {Path.GetFileName(a.File)}");
    }

    private static EvalReport RunWikiEvents(EvalArgs a, Progress progress)
    {
        using var reader = new StreamReader(a.File);
        string corefPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(a.File)) ?? ".", "coref_" + Path.GetFileNameWithoutExtension(a.File) + ".jsonlines");
        using var coref = File.Exists(corefPath) ? new StreamReader(corefPath) : null;
        var score = new WikiEventsScore(Faultline.Actors.ActorKnowledgeBase.Default, a.ExamplesOr(20));
        EvaluationRunner.WikiEvents(Extractor.Default, Limit(WikiEventsReader.Read(reader, coref), a.Limit), score, a.Threads, () => progress.Add(1, 0, 0));
        var r = score.Report($"WikiEvents evaluation: {Path.GetFileName(a.File)}");
        return new EvalReport
        {
            Title = r.Title, Figures = r.Figures, Tables = r.Tables, Examples = r.Examples,
            Notes = [.. r.Notes, coref is null ? "No coreference file found beside the gold file." : $"Coreference: {Path.GetFileName(corefPath)}."],
        };
    }
}
