using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Tests.Turns;

public sealed class KeyedAsyncLockTests
{
    [Fact]
    public async Task Acquire_SameKey_SecondWaitsUntilFirstReleased()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.AcquireAsync("+212600000001");

        var second = locks.AcquireAsync("+212600000001");
        await Task.Delay(50);
        second.IsCompleted.Should().BeFalse();

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        locks.Count.Should().Be(0);
    }

    [Fact]
    public async Task Acquire_OtherKey_DoesNotWait()
    {
        var locks = new KeyedAsyncLock();
        using var first = await locks.AcquireAsync("+212600000001");

        var other = locks.AcquireAsync("+212600000002");

        other.IsCompleted.Should().BeTrue();
        (await other).Dispose();
        locks.Count.Should().Be(1);
    }

    [Fact]
    public async Task Acquire_Cancelled_FreesEntry()
    {
        var locks = new KeyedAsyncLock();
        var first = await locks.AcquireAsync("k");
        using var cancel = new CancellationTokenSource();

        var waiting = locks.AcquireAsync("k", cancel.Token);
        await cancel.CancelAsync();
        await waiting.Invoking(async task => await task).Should().ThrowAsync<OperationCanceledException>();

        first.Dispose();
        locks.Count.Should().Be(0);
    }
}
