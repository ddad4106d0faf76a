using System.CommandLine;
using Faultline.Documents;
using Faultline.Pipeline;
using Faultline.Storage;

namespace Faultline.Cli.Commands;

/// <summary>`faultline ingest`: extract and store. Safe to run twice: known documents are skipped and counted.</summary>
internal static class IngestCommand
{
    public static Command Build()
    {
        var inputs = Options.Inputs();
        var db = Options.Db();
        var published = Options.Published();
        var maxBytes = Options.MaxBytes();
        var threads = Options.Threads();
        var batchSize = new Option<int>("--batch-size") { Description = "Documents written per transaction (default 500)", DefaultValueFactory = _ => 500 };
        var cmd = new Command("ingest", """
            Code the events in reports and store them in the SQLite store. Each batch is one transaction; documents
            already stored (same id or same text) are skipped and reported as already known.

            Examples:
              faultline ingest ../shared/examples/basra-militia-clash.txt --published 2022-09-02 --db events.db
              faultline ingest news/ --db events.db
            """) { inputs, db, published, maxBytes, threads, batchSize };
        cmd.SetAction(parse =>
        {
            var options = new ReadOptions(Options.ParseDate(parse.GetValue(published), "--published"), parse.GetValue(maxBytes));
            var paths = parse.GetValue(inputs)!;
            int size = Math.Max(1, parse.GetValue(batchSize));
            var failures = new Failures();
            using var store = SqliteEventStore.Open(parse.GetValue(db)!);
            IngestCounts totals;
            using (var progress = new Progress(Progress.SizeOf(paths)))
            {
                // Extraction and writing overlap: the writer stores one batch while the next is being coded.
                totals = Ingestion.Run(store, DocumentReader.Read(paths, options), Extractor.Default, parse.GetValue(threads), size, p =>
                {
                    if (p.Error is not null) failures.Report(p.Error);
                    else if (p.Skipped is not null) progress.Add(1, 0, p.Skipped.Text.Length);
                    else progress.Add(1, p.Result!.Events.Count, p.Result.Document.Text.Length);
                });
            }
            Console.WriteLine($"ingested into {parse.GetValue(db)}: {totals.New:N0} new, {totals.Known:N0} already known, " +
                              $"{failures.Count:N0} failed; {totals.Events:N0} events stored, {totals.Merged:N0} of them merged with reports of the same event");
            return failures.ExitCode;
        });
        return cmd;
    }
}
