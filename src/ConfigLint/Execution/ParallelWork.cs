using System.Runtime.ExceptionServices;

namespace ConfigLint.Execution;

/// <summary>
/// Runs independent pieces of binding work on several threads and returns their results in input order. Unlike
/// <see cref="BudgetedRunner"/> there is no time budget: binding work fills shared module state, so an item cannot be
/// abandoned and replaced halfway the way a stuck parser or analyzer callback is.
/// </summary>
internal static class ParallelWork
{
    /// <summary>
    /// <paramref name="work"/> for every item, at most <paramref name="parallelism"/> at a time. The first exception
    /// is rethrown as itself (not wrapped), so a binder's failure reads the same as when it ran on one thread.
    /// </summary>
    public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, int parallelism, CancellationToken cancellationToken, Func<TItem, TResult> work)
    {
        var results = new TResult[items.Count];
        if (parallelism <= 1 || items.Count < 2)
        {
            for (var i = 0; i < items.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = work(items[i]);
            }

            return results;
        }

        try
        {
            Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
                i => results[i] = work(items[i]));
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(aggregate.InnerExceptions[0]).Throw();
        }

        return results;
    }
}
