namespace Faultline.Pipeline;

/// <summary>
/// Long-lived threads that run the workers of <see cref="OrderedParallel"/>, reused from run to run, lowest number
/// first: consecutive runs on N threads land on the same N threads, so each thread's caches (the folded words and what
/// the dictionaries answered about them, see <see cref="Text.Word"/>) stay warm. Pool threads were used before; under
/// load the pool adds and rotates threads, and a thread new to a run starts cold (timed two-thread passes over the news
/// articles ran on three different threads, and passes on fresh threads took a fifth more CPU). A thread runs one job
/// at a time and is taken only while idle, so a run started inside another never waits for the outer run's workers.
/// </summary>
internal static class WorkerThreads
{
    private static readonly List<Worker> Idle = []; // ordered by number
    private static int s_created;

    /// <summary>Runs <paramref name="job"/> on the lowest-numbered idle worker thread (a new one if none is idle).</summary>
    public static Task Run(Action job)
    {
        Worker worker;
        lock (Idle)
        {
            if (Idle.Count > 0) { worker = Idle[0]; Idle.RemoveAt(0); }
            else worker = new Worker(s_created++);
        }
        return worker.Start(job);
    }

    private static void Release(Worker worker)
    {
        lock (Idle)
        {
            int at = Idle.FindIndex(w => w.Number > worker.Number);
            Idle.Insert(at < 0 ? Idle.Count : at, worker);
        }
    }

    private sealed class Worker
    {
        private readonly object _gate = new();
        private Action? _job;
        private TaskCompletionSource? _done;

        public int Number { get; }

        public Worker(int number)
        {
            Number = number;
            // A background thread: an idle worker never keeps the process alive.
            new Thread(Loop) { IsBackground = true, Name = $"Faultline worker {number}" }.Start();
        }

        public Task Start(Action job)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _job = job;
                _done = done;
                Monitor.Pulse(_gate);
            }
            return done.Task;
        }

        private void Loop()
        {
            while (true)
            {
                Action job;
                TaskCompletionSource done;
                lock (_gate)
                {
                    while (_job is null) Monitor.Wait(_gate);
                    (job, done) = (_job, _done!);
                    (_job, _done) = (null, null);
                }
                Exception? error = null;
                try { job(); }
                catch (Exception e) { error = e; }
                // Idle again before the run hears it is done, so a run started right after finds this thread free.
                Release(this);
                if (error is null) done.SetResult();
                else done.SetException(error);
            }
        }
    }
}
