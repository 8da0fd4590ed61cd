namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task TryClaimAsync_SameSidTwice_SecondIsRefused()
    {
        var first = await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning);
        var second = await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning.AddSeconds(1));

        first.Should().BeTrue();
        second.Should().BeFalse();
    }

    [SkippableFact]
    public async Task TryClaimAsync_DifferentSids_BothClaimed()
    {
        var first = await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning);
        var second = await Store.Inbound.TryClaimAsync("SM0002", Samples.Morning);

        first.Should().BeTrue();
        second.Should().BeTrue();
    }

    [SkippableFact]
    public async Task TryClaimAsync_TwentyParallelCallers_ExactlyOneClaims()
    {
        var results = await InParallelAsync(20, _ => Store.Inbound.TryClaimAsync("SM0001", Samples.Morning));

        results.Count(claimed => claimed).Should().Be(1);
    }

    [SkippableFact]
    public async Task ReleaseAsync_ClaimedSid_CanBeClaimedAgain()
    {
        await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning);

        await Store.Inbound.ReleaseAsync("SM0001");
        var again = await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning);

        again.Should().BeTrue();
    }

    [SkippableFact]
    public async Task ReleaseAsync_UnknownSid_DoesNothing()
    {
        await Store.Inbound.ReleaseAsync("SM-never");

        (await Store.Inbound.TryClaimAsync("SM-never", Samples.Morning)).Should().BeTrue();
    }

    [SkippableFact]
    public async Task PruneAsync_ClaimsOnBothSides_RemovesOnlyOlderOnesAndCountsThem()
    {
        var cutoff = Samples.Morning;
        await Store.Inbound.TryClaimAsync("SM-old", cutoff.AddDays(-8));
        await Store.Inbound.TryClaimAsync("SM-just-before", cutoff.AddTicks(-1).ToOffset(TimeSpan.FromHours(-6)));
        await Store.Inbound.TryClaimAsync("SM-at-cutoff", cutoff.ToOffset(TimeSpan.FromHours(8)));
        await Store.Inbound.TryClaimAsync("SM-new", cutoff.AddHours(1));

        var removed = await Store.Inbound.PruneAsync(cutoff);

        removed.Should().Be(2);
        (await Store.Inbound.TryClaimAsync("SM-old", cutoff)).Should().BeTrue();
        (await Store.Inbound.TryClaimAsync("SM-just-before", cutoff)).Should().BeTrue();
        (await Store.Inbound.TryClaimAsync("SM-at-cutoff", cutoff)).Should().BeFalse();
        (await Store.Inbound.TryClaimAsync("SM-new", cutoff)).Should().BeFalse();
    }

    [SkippableFact]
    public async Task PruneAsync_NothingOldEnough_RemovesNothing()
    {
        await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning);

        var removed = await Store.Inbound.PruneAsync(Samples.Morning.AddDays(-7));

        removed.Should().Be(0);
        (await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning)).Should().BeFalse();
    }

    [SkippableFact]
    public async Task PruneAsync_CanceledToken_RemovesNothing()
    {
        await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var prune = () => Store.Inbound.PruneAsync(Samples.Morning.AddDays(1), cancellation.Token);

        await prune.Should().ThrowAsync<OperationCanceledException>();
        (await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning)).Should().BeFalse();
    }
}
