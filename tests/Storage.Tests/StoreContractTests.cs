using FluentAssertions.Equivalency;

namespace SoukPlay.Storage.Tests;

/// <summary>
/// What every storage engine must do, written against the store interfaces only. An engine's test
/// class derives from it and opens its store on storage of its own (a fresh file, a fresh database).
/// </summary>
public abstract partial class StoreContractTests : IDisposable
{
    private readonly List<StoreUnderTest> _opened = [];
    private readonly Lock _storeLock = new();
    private StoreUnderTest? _store;

    /// <summary>The store the test works on, opened on first use (parallel callers share it).</summary>
    protected StoreUnderTest Store
    {
        get
        {
            lock (_storeLock)
            {
                return _store ??= Open();
            }
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Opens a new instance of the engine on this test's storage: the same data each time, so that
    /// closing one instance and opening another is a restart.
    /// </summary>
    protected abstract StoreUnderTest OpenStore();

    /// <summary>Closes the store and opens it again over the same storage.</summary>
    protected StoreUnderTest Restart()
    {
        lock (_storeLock)
        {
            Store.Dispose();
            _store = Open();

            return _store;
        }
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        foreach (var store in _opened)
        {
            store.Dispose();
        }
    }

    /// <summary>Equivalence in which times must match to the tick and keep their offset.</summary>
    private static EquivalencyAssertionOptions<T> Exactly<T>(EquivalencyAssertionOptions<T> options) =>
        options
            .Using<DateTimeOffset>(context => context.Subject.EqualsExact(context.Expectation).Should()
                .BeTrue($"{context.Subject:O} should be exactly {context.Expectation:O}"))
            .WhenTypeIs<DateTimeOffset>()
            .Excluding(info => info.Name == "Version");

    /// <summary>
    /// Runs <paramref name="count"/> callers on threads of their own, released together, so that
    /// they really overlap even on a machine with few cores.
    /// </summary>
    private async Task<T[]> InParallelAsync<T>(int count, Func<int, Task<T>> call)
    {
        _ = Store;
        using var barrier = new Barrier(count);
        var callers = Enumerable.Range(0, count)
            .Select(index => Task.Factory.StartNew(
                () =>
                {
                    barrier.SignalAndWait();
                    return call(index);
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).Unwrap())
            .ToList();

        return await Task.WhenAll(callers);
    }

    private StoreUnderTest Open()
    {
        var store = OpenStore();
        _opened.Add(store);

        return store;
    }
}
