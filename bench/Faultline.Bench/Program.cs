using BenchmarkDotNet.Running;

namespace Faultline.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Faultline.Bench -- micro [BenchmarkDotNet args]` runs the stage
/// micro-benchmarks; `-- throughput [--corpus acled|news] [--threads N] [--repeat R]` runs the whole pipeline over a
/// corpus regenerated from ../shared/eval and prints documents/s, MB/s and peak memory as a table and JSON;
/// `-- ingest [--threads N] [--repeat R]` ingests the ACLED dev notes into a fresh SQLite store (coding, merging,
/// writing) and prints documents/s, median of the runs; `-- scaling [--corpus news]` tells whether two threads can be
/// told from one on the machine as it is (see <see cref="ScalingCheck"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "throughput") return Throughput.Run(args[1..]);
        if (args.Length > 0 && args[0] == "scaling") return ScalingCheck.Run(args[1..]);
        if (args.Length > 0 && args[0] == "ingest") return IngestBench.Run(args[1..]);
        if (args.Length > 0 && args[0] == "alloc-types") return AllocationTypes.Run(args[1..]);
        var rest = args.Length > 0 && args[0] == "micro" ? args[1..] : args;
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest);
        return 0;
    }
}
