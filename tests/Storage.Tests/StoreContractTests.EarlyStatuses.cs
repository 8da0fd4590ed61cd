using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task TakeEarlyStatusesAsync_ReportsForTheSid_ReturnsThemOldestFirstAndOnlyOnce()
    {
        await Store.Outbox.AddEarlyStatusAsync(Early("e2", "SM1", OutboxStatus.Delivered, minutes: 2));
        await Store.Outbox.AddEarlyStatusAsync(Early("e1", "SM1", OutboxStatus.Sent, minutes: 1));
        await Store.Outbox.AddEarlyStatusAsync(Early("other", "SM2", OutboxStatus.Failed, minutes: 0, error: 30008));

        var taken = await Store.Outbox.TakeEarlyStatusesAsync("SM1");
        var again = await Store.Outbox.TakeEarlyStatusesAsync("SM1");

        taken.Select(r => (r.Id, r.Status)).Should().Equal(("e1", OutboxStatus.Sent), ("e2", OutboxStatus.Delivered));
        again.Should().BeEmpty();
        var other = (await Store.Outbox.TakeEarlyStatusesAsync("SM2")).Should().ContainSingle().Subject;
        other.ErrorCode.Should().Be(30008);
        other.ReceivedAt.Should().Be(Samples.Morning);
    }

    [SkippableFact]
    public async Task TakeEarlyStatusesAsync_AfterRestart_StillHasTheReports()
    {
        await Store.Outbox.AddEarlyStatusAsync(Early("e1", "SM1", null, minutes: 0, error: 21610));

        var taken = await Restart().Outbox.TakeEarlyStatusesAsync("SM1");

        taken.Should().ContainSingle().Which.Status.Should().BeNull();
    }

    [SkippableFact]
    public async Task PruneEarlyStatusesAsync_OlderThan_DeletesOnlyTheOlderReports()
    {
        await Store.Outbox.AddEarlyStatusAsync(Early("old", "SM1", OutboxStatus.Sent, minutes: 0));
        await Store.Outbox.AddEarlyStatusAsync(Early("new", "SM2", OutboxStatus.Sent, minutes: 10));

        var pruned = await Store.Outbox.PruneEarlyStatusesAsync(Samples.Morning.AddMinutes(5));

        pruned.Should().Be(1);
        (await Store.Outbox.TakeEarlyStatusesAsync("SM1")).Should().BeEmpty();
        (await Store.Outbox.TakeEarlyStatusesAsync("SM2")).Should().ContainSingle();
    }

    private static EarlyStatus Early(string id, string sid, OutboxStatus? status, int minutes, int? error = null) =>
        new()
        {
            Id = id,
            ProviderSid = sid,
            Status = status,
            ErrorCode = error,
            ReceivedAt = Samples.Morning.AddMinutes(minutes),
        };
}
