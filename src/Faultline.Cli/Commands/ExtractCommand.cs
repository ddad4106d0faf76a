using System.CommandLine;
using Faultline.Documents;
using Faultline.Events;
using Faultline.Export;
using Faultline.Pipeline;

namespace Faultline.Cli.Commands;

/// <summary>`faultline extract`: read inputs, code their events, write them; nothing is stored.</summary>
internal static class ExtractCommand
{
    public static Command Build()
    {
        var inputs = Options.Inputs();
        var published = Options.Published();
        var format = Options.Format("json");
        var output = Options.Out();
        var maxBytes = Options.MaxBytes();
        var threads = Options.Threads();
        var cmd = new Command("extract", """
            Code the events in reports and print them; nothing is stored.

            Examples:
              faultline extract ../shared/examples/basra-militia-clash.txt --published 2022-09-02 --format acled-csv
              faultline extract reports.jsonl --format jsonl --out events.jsonl
              cat report.txt | faultline extract - --published 2024-05-01
            """) { inputs, published, format, output, maxBytes, threads };
        cmd.SetAction(parse =>
        {
            var options = new ReadOptions(Options.ParseDate(parse.GetValue(published), "--published"), parse.GetValue(maxBytes));
            var writer = EventWriters.For(parse.GetValue(format)!);
            var paths = parse.GetValue(inputs)!;
            var failures = new Failures();
            using var progress = new Progress(Progress.SizeOf(paths));
            using var outWriter = Options.OpenOutput(parse.GetValue(output));
            var events = Events(Extractor.Default, DocumentReader.Read(paths, options), parse.GetValue(threads), failures, progress);
            writer.Write(events, outWriter);
            outWriter.Flush();
            return failures.ExitCode;
        });
        return cmd;
    }

    private static IEnumerable<CodedEvent> Events(Extractor extractor, IEnumerable<ReadResult> read, int threads, Failures failures, Progress progress)
    {
        foreach (var p in BatchExtraction.Run(extractor, read, threads))
        {
            if (p.Error is not null) { failures.Report(p.Error); continue; }
            progress.Add(1, p.Result!.Events.Count, p.Result.Document.Text.Length);
            foreach (var e in p.Result.Events) yield return e;
        }
    }
}

/// <summary>Counts failed inputs and prints each as one line on stderr naming the file (and line).</summary>
internal sealed class Failures
{
    public int Count { get; private set; }

    public void Report(ReadError error)
    {
        Count++;
        Console.Error.WriteLine($"faultline: error: {error.Origin}: {error.Message}");
    }

    public int ExitCode => Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
}
