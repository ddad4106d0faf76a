using System.Diagnostics;

namespace Faultline.Cli;

/// <summary>
/// A one-line progress display on stderr (documents, events, rate, ETA by bytes read), redrawn at most four times
/// a second, and silent when stderr is not a terminal so logs and pipes stay clean.
/// </summary>
internal sealed class Progress(long totalBytes) : IDisposable
{
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw;
    private int _docs, _events;
    private long _bytes;

    public void Add(int documents, int events, long bytes)
    {
        _docs += documents;
        _events += events;
        _bytes += bytes;
        if (!_enabled || _clock.ElapsedMilliseconds - _lastDraw < 250) return;
        _lastDraw = _clock.ElapsedMilliseconds;
        double secs = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        double rate = _docs / secs;
        string eta = totalBytes > 0 && _bytes > 0 ? TimeSpan.FromSeconds(secs * (totalBytes - _bytes) / _bytes).ToString(@"hh\:mm\:ss") : "--:--:--";
        Console.Error.Write($"\r{_docs:N0} documents, {_events:N0} events, {rate:N0} docs/s, ETA {eta}   ");
    }

    public void Dispose()
    {
        if (_enabled && _lastDraw > 0) Console.Error.Write("\r" + new string(' ', 79) + "\r");
    }

    /// <summary>Total size of the inputs, for the ETA (0 when unknown, as for stdin).</summary>
    public static long SizeOf(IEnumerable<string> inputs) => inputs.Sum(i =>
        File.Exists(i) ? new FileInfo(i).Length :
        Directory.Exists(i) ? Directory.EnumerateFiles(i, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0);
}
