using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Faultline.Bench;

/// <summary>
/// CPU time of the calling thread. On a shared machine a wall clock also counts the time other processes held the
/// core; the thread's own CPU time does not, so stage figures stay comparable between runs under different load.
/// Falls back to the wall clock where clock_gettime is not available.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3; // CLOCK_THREAD_CPUTIME_ID (Linux)

    private static readonly bool Available = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Milliseconds of CPU the current thread has used (or of wall time when unavailable).</summary>
    public static double NowMs() => Available && TryRead(out double ms) ? ms : Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;

    public static string Kind => Available ? "thread CPU time" : "wall time";

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static bool TryRead(out double ms)
    {
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var t) == 0) { ms = t.Seconds * 1000.0 + t.Nanoseconds / 1e6; return true; }
        }
        catch (DllNotFoundException) { }
        catch (EntryPointNotFoundException) { }
        ms = 0;
        return false;
    }
}
