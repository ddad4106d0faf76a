using System.CommandLine;
using Faultline.Documents;
using Faultline.Export;

namespace Faultline.Cli.Commands;

/// <summary>Options shared by several commands, defined once.</summary>
internal static class Options
{
    public static Argument<string[]> Inputs() => new("inputs")
    {
        Description = "Files or folders to read (.txt, .html, .jsonl, RSS/Atom feeds), or - for standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string?> Published() => new("--published")
    {
        Description = "Publication date (YYYY-MM-DD) for inputs that do not carry their own",
    };

    public static Option<string> Format(string defaultFormat) => new Option<string>("--format", "-f")
    {
        Description = $"Output format: {string.Join(", ", EventWriters.Formats)}",
        DefaultValueFactory = _ => defaultFormat,
    }.AcceptOnlyFromAmong(EventWriters.Formats);

    public static Option<string?> Out() => new("--out", "-o") { Description = "Write to this file instead of standard output" };

    public static Option<string> Db() => new("--db")
    {
        Description = "SQLite store file (default: $FAULTLINE_DB or ./faultline.db)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("FAULTLINE_DB") ?? "faultline.db",
    };

    public static Option<long> MaxBytes() => new("--max-bytes")
    {
        Description = "Largest input file accepted, in bytes (default 10 MB)",
        DefaultValueFactory = _ => 10L * 1024 * 1024,
    };

    public static Option<int> Threads() => new("--threads")
    {
        Description = "Documents processed in parallel (default: all cores)",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static DateOnly? ParseDate(string? value, string option)
    {
        if (value is null) return null;
        return Dates.Parse(value) ?? throw new UsageException($"{option}: '{value}' is not a date (expected YYYY-MM-DD)");
    }

    /// <summary>Opens the output (a file or stdout) for writing UTF-8 text.</summary>
    public static TextWriter OpenOutput(string? path)
    {
        if (path is null) return new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
    }
}
