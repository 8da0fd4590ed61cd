using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SoukPlay.Bot.Hosting;
using SoukPlay.Storage.LiteDb;
using SoukPlay.Storage.Model;
using SoukPlay.Tests.Support;

namespace SoukPlay.Bot.Tests.Delivery;

public sealed class InboundClaimPrunerTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly LiteDbStore _store;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));

    public InboundClaimPrunerTests()
    {
        _store = new LiteDbStore(new LiteDbOptions { Path = _database.FilePath });
    }

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task PruneOnceAsync_ClaimsOlderThanAWeek_AreRemovedAndNewerKept()
    {
        var now = _clock.GetUtcNow();
        await _store.TryClaimAsync("SM-old", now.AddDays(-8));
        await _store.TryClaimAsync("SM-new", now.AddDays(-6));
        var pruner = new InboundClaimPruner(_store, _store, _clock, NullLogger<InboundClaimPruner>.Instance);

        await pruner.PruneOnceAsync(CancellationToken.None);

        (await _store.TryClaimAsync("SM-old", now)).Should().BeTrue("the week-old claim was pruned");
        (await _store.TryClaimAsync("SM-new", now)).Should().BeFalse("the recent claim is kept");
    }

    [Fact]
    public async Task PruneOnceAsync_EarlyStatusesOlderThanTwoDays_AreRemovedAndNewerKept()
    {
        var now = _clock.GetUtcNow();
        await _store.AddEarlyStatusAsync(Early("SM-old", now.AddDays(-3)));
        await _store.AddEarlyStatusAsync(Early("SM-new", now.AddDays(-1)));
        var pruner = new InboundClaimPruner(_store, _store, _clock, NullLogger<InboundClaimPruner>.Instance);

        await pruner.PruneOnceAsync(CancellationToken.None);

        (await _store.TakeEarlyStatusesAsync("SM-old")).Should().BeEmpty();
        (await _store.TakeEarlyStatusesAsync("SM-new")).Should().ContainSingle();
    }

    [Fact]
    public async Task ExecuteAsync_EveryDay_PrunesAgain()
    {
        var pruner = new InboundClaimPruner(_store, _store, _clock, NullLogger<InboundClaimPruner>.Instance);
        await pruner.StartAsync(CancellationToken.None);
        await _store.TryClaimAsync("SM-1", _clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromDays(8));
        await Task.Delay(200);
        await pruner.StopAsync(CancellationToken.None);

        (await _store.TryClaimAsync("SM-1", _clock.GetUtcNow())).Should().BeTrue("the daily pass pruned it");
    }

    private static EarlyStatus Early(string sid, DateTimeOffset receivedAt) =>
        new() { Id = sid + ":1", ProviderSid = sid, Status = OutboxStatus.Delivered, ReceivedAt = receivedAt };
}
