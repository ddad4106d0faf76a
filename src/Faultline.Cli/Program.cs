using System.CommandLine;
using Faultline.Cli.Commands;

namespace Faultline.Cli;

/// <summary>The `faultline` command: extract, ingest, events, eval. Exit codes: 0 all inputs processed, 1 some failed, 2 usage error.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // Not a user command: ./faultline runs it once after building, so the data caches exist before the first real run.
        if (args is ["--warm-data-cache"]) { _ = Faultline.Pipeline.Extractor.Default; return ExitCodes.Ok; }
        var root = new RootCommand("""
            Faultline reads news reports of armed conflict, political violence and protest and codes them as
            ACLED-style events: who fought whom, where, when, how many died, according to whom.

            Examples:
              faultline extract report.txt --published 2022-09-02 --format acled-csv
              faultline ingest news/ feed.rss --db events.db
              faultline events --db events.db --country Iraq --from 2022-08-01 --format geojson
              faultline eval acled gold.csv --report accuracy.md
            """);
        root.Subcommands.Add(ExtractCommand.Build());
        root.Subcommands.Add(IngestCommand.Build());
        root.Subcommands.Add(EventsCommand.Build());
        root.Subcommands.Add(AnnotateCommand.Build());
        root.Subcommands.Add(EvalCommand.Build());
        root.Subcommands.Add(ActorsCommand.Build());
        return Run(root, args);
    }

    /// <summary>Parses and runs; a usage error prints what was wrong and exits 2.</summary>
    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) Console.Error.WriteLine($"faultline: {e.Message}");
            Console.Error.WriteLine("Run 'faultline --help' (or 'faultline COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parsed.Invoke();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"faultline: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int Usage = 2;
}

/// <summary>A bad option value found after parsing (an unreadable date, an unknown format).</summary>
public sealed class UsageException(string message) : Exception(message);
