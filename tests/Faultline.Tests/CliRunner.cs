using System.Diagnostics;

namespace Faultline.Tests;

/// <summary>Runs the real `faultline` CLI (the built Faultline.Cli.dll) as a child process, as a user would.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => RunIn(Directory.GetCurrentDirectory(), args);

    public static Result RunWith(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunIn(Directory.GetCurrentDirectory(), args, environment);

    public static Result RunIn(string workingDirectory, string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Faultline.Cli.dll"));
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(3))) { p.Kill(true); throw new TimeoutException("faultline did not finish"); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The shared folder beside the repository (../shared), where the founding example and eval data live.</summary>
    public static string Shared
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "examples"))) return candidate;
            }
            throw new DirectoryNotFoundException("../shared not found beside the repository");
        }
    }

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "faultline-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Parses the acled-csv output into rows of column -> value, with the library's RFC 4180 reader.</summary>
    public static List<Dictionary<string, string>> ParseCsv(string csv)
    {
        var rows = Faultline.Evaluation.CsvRecords.Read(new StringReader(csv)).ToList();
        var header = rows[0];
        return rows.Skip(1).Select(r => header.Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();
    }
}
