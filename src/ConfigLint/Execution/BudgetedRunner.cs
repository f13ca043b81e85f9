namespace ConfigLint.Execution;

/// <summary>
/// Runs independent work items on a few dedicated threads with a time budget per item. .NET cannot stop a thread,
/// so an item that overruns its budget (a parser stuck on hostile input, a plugin that loops) is abandoned instead:
/// its result is replaced by the timeout result, a fresh thread takes its place, and the rest of the run goes on.
/// Whatever the abandoned item produces later is discarded.
/// </summary>
internal static class BudgetedRunner
{
    private const int Idle = -1;
    private const int Abandoned = -2;
    private static readonly TimeSpan WatchInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Runs <paramref name="run"/> on every item and returns the results in item order.</summary>
    public static TResult[] Run<TItem, TResult>(
        IReadOnlyList<TItem> items,
        int parallelism,
        TimeSpan budget,
        Func<TItem, TResult> run,
        Func<TItem, TResult> onTimeout,
        CancellationToken cancellationToken)
    {
        var results = new TResult[items.Count];
        if (items.Count == 0)
        {
            return results;
        }

        var state = new SharedState(items.Count);
        var workers = new List<Worker>();
        for (var i = 0; i < Math.Clamp(parallelism, 1, items.Count); i++)
        {
            workers.Add(Worker.Start(items, run, results, state, cancellationToken));
        }

        while (!state.AllDone.Wait(WatchInterval, CancellationToken.None))
        {
            var now = Environment.TickCount64;
            for (var w = 0; w < workers.Count; w++)
            {
                var worker = workers[w];
                var index = Volatile.Read(ref worker.Current);
                if (index < 0 || now - Volatile.Read(ref worker.StartedAt) <= budget.TotalMilliseconds)
                {
                    continue;
                }

                // The worker may finish this very item now; whoever changes Current first decides.
                if (Interlocked.CompareExchange(ref worker.Current, Abandoned, index) != index)
                {
                    continue;
                }

                results[index] = onTimeout(items[index]);
                state.CompleteItem();
                workers[w] = Worker.Start(items, run, results, state, cancellationToken);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (state.Failure is { } failure)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return results;
    }

    private sealed class SharedState(int count)
    {
        private int _remaining = count;
        private int _next = -1;

        public ManualResetEventSlim AllDone { get; } = new(false, spinCount: 0);

        public Exception? Failure { get; set; }

        public int TakeNext() => Interlocked.Increment(ref _next);

        public void CompleteItem()
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                AllDone.Set();
            }
        }

        public void Fail(Exception exception)
        {
            Failure ??= exception;
            AllDone.Set();
        }
    }

    private sealed class Worker
    {
        public int Current = Idle;
        public long StartedAt;

        public static Worker Start<TItem, TResult>(
            IReadOnlyList<TItem> items,
            Func<TItem, TResult> run,
            TResult[] results,
            SharedState state,
            CancellationToken cancellationToken)
        {
            var worker = new Worker();
            var thread = new Thread(() => worker.Loop(items, run, results, state, cancellationToken))
            {
                IsBackground = true,
                Name = "configlint-worker",
            };
            thread.Start();
            return worker;
        }

        private void Loop<TItem, TResult>(
            IReadOnlyList<TItem> items,
            Func<TItem, TResult> run,
            TResult[] results,
            SharedState state,
            CancellationToken cancellationToken)
        {
            try
            {
                while (true)
                {
                    var index = state.TakeNext();
                    if (index >= items.Count || cancellationToken.IsCancellationRequested)
                    {
                        if (cancellationToken.IsCancellationRequested)
                        {
                            state.AllDone.Set();
                        }

                        return;
                    }

                    Volatile.Write(ref StartedAt, Environment.TickCount64);
                    Volatile.Write(ref Current, index);
                    var result = run(items[index]);
                    if (Interlocked.CompareExchange(ref Current, Idle, index) != index)
                    {
                        return; // abandoned while running: the watchdog already recorded a timeout
                    }

                    results[index] = result;
                    state.CompleteItem();
                }
            }
            catch (Exception exception)
            {
                // Items guard their own failures; anything escaping is an engine bug the caller must see.
                state.Fail(exception);
            }
        }
    }
}
