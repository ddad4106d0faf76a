using System.Runtime.ExceptionServices;

namespace Faultline.Pipeline;

/// <summary>
/// Maps a stream on several worker threads and yields the results in input order, streaming: workers run at most
/// <c>window</c> items ahead of the consumer, so memory stays bounded whatever the length of the input.
/// Replaces PLINQ's ordered merge, which on two cores kept a thread busy handing results over (two threads coded
/// news articles slower than one). The consumer blocks while it waits; it never spins.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int threads, int window)
    {
        var run = new Run<TIn, TOut>(source.GetEnumerator(), map, Math.Max(1, window));
        var workers = new Task[Math.Max(1, threads)];
        // Long-lived threads, the same ones from run to run: they keep each thread's cache of folded words warm.
        for (int i = 0; i < workers.Length; i++) workers[i] = WorkerThreads.Run(run.Work);
        try
        {
            while (run.Next(out var result)) yield return result;
        }
        finally
        {
            run.Stop();
            Task.WaitAll(workers);
            run.DisposeSource();
        }
    }

    /// <summary>The shared state of one run: the source (read under the lock), and a ring of results in input order.</summary>
    private sealed class Run<TIn, TOut>(IEnumerator<TIn> source, Func<TIn, TOut> map, int window)
    {
        private readonly object _gate = new();
        private readonly TOut[] _results = new TOut[window];
        private readonly ExceptionDispatchInfo?[] _errors = new ExceptionDispatchInfo?[window];
        private readonly bool[] _ready = new bool[window];
        private long _taken;     // items read from the source so far
        private long _yielded;   // items handed to the consumer so far
        private bool _sourceDone, _stopped;
        private ExceptionDispatchInfo? _sourceError;

        /// <summary>A worker: take the next item (waiting while the window is full), map it outside the lock, store it.</summary>
        public void Work()
        {
            while (true)
            {
                TIn item;
                long seq;
                lock (_gate)
                {
                    while (!_stopped && !_sourceDone && _taken - _yielded >= window) Monitor.Wait(_gate);
                    if (_stopped || _sourceDone) return;
                    try
                    {
                        if (!source.MoveNext()) { _sourceDone = true; Monitor.PulseAll(_gate); return; }
                        item = source.Current;
                    }
                    catch (Exception e)
                    {
                        // A failing source ends the stream there: the consumer gets every earlier result, then the error.
                        _sourceError = ExceptionDispatchInfo.Capture(e);
                        _sourceDone = true;
                        Monitor.PulseAll(_gate);
                        return;
                    }
                    seq = _taken++;
                }
                TOut result = default!;
                ExceptionDispatchInfo? error = null;
                try { result = map(item); }
                catch (Exception e) { error = ExceptionDispatchInfo.Capture(e); }
                lock (_gate)
                {
                    int slot = (int)(seq % window);
                    _results[slot] = result;
                    _errors[slot] = error;
                    _ready[slot] = true;
                    // Only the consumer waits for this slot; workers wait for the window to move, which it does after.
                    if (seq == _yielded) Monitor.PulseAll(_gate);
                }
            }
        }

        /// <summary>The consumer: the next result in input order; false at the end of the input.</summary>
        public bool Next(out TOut result)
        {
            lock (_gate)
            {
                int slot = (int)(_yielded % window);
                while (!_ready[slot] && !(_sourceDone && _yielded == _taken)) Monitor.Wait(_gate);
                if (!_ready[slot])
                {
                    _sourceError?.Throw();
                    result = default!;
                    return false;
                }
                result = _results[slot];
                var error = _errors[slot];
                _results[slot] = default!;
                _errors[slot] = null;
                _ready[slot] = false;
                _yielded++;
                Monitor.PulseAll(_gate); // a worker may be waiting for room in the window
                error?.Throw();
                return true;
            }
        }

        /// <summary>Ends the run early (the consumer stopped reading, or the run is over): workers return.</summary>
        public void Stop()
        {
            lock (_gate) { _stopped = true; Monitor.PulseAll(_gate); }
        }

        public void DisposeSource() => source.Dispose();
    }
}
