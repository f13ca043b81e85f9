using ConfigLint.Execution;

namespace ConfigLint.Tests.Execution;

public sealed class ParallelWorkTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Results_come_back_in_input_order(int parallelism)
    {
        var items = Enumerable.Range(0, 500).ToList();

        var results = ParallelWork.Map(items, parallelism, CancellationToken.None, i =>
        {
            Thread.SpinWait((500 - i) * 10);
            return i * 2;
        });

        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_failure_is_rethrown_as_itself_not_wrapped(int parallelism)
    {
        var items = Enumerable.Range(0, 50).ToList();

        var exception = Assert.Throws<InvalidOperationException>(() =>
            ParallelWork.Map<int, int>(items, parallelism, CancellationToken.None, i => i == 17 ? throw new InvalidOperationException("seventeen") : i));

        Assert.Equal("seventeen", exception.Message);
    }

    [Fact]
    public void Cancellation_stops_the_work()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            ParallelWork.Map(Enumerable.Range(0, 10).ToList(), 2, cancellation.Token, i => i));
    }
}
