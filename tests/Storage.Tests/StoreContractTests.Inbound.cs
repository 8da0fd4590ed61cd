namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task TryClaimAsync_SameSidTwice_SecondIsRefused()
    {
        var first = await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning);
        var second = await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning.AddSeconds(1));

        first.Should().BeTrue();
        second.Should().BeFalse();
    }

    [Fact]
    public async Task TryClaimAsync_DifferentSids_BothClaimed()
    {
        var first = await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning);
        var second = await Store.Inbound.TryClaimAsync("SM0002", Samples.Morning);

        first.Should().BeTrue();
        second.Should().BeTrue();
    }

    [Fact]
    public async Task TryClaimAsync_TwentyParallelCallers_ExactlyOneClaims()
    {
        var results = await InParallelAsync(20, _ => Store.Inbound.TryClaimAsync("SM0001", Samples.Morning));

        results.Count(claimed => claimed).Should().Be(1);
    }

    [Fact]
    public async Task ReleaseAsync_ClaimedSid_CanBeClaimedAgain()
    {
        await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning);

        await Store.Inbound.ReleaseAsync("SM0001");
        var again = await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning);

        again.Should().BeTrue();
    }

    [Fact]
    public async Task ReleaseAsync_UnknownSid_DoesNothing()
    {
        await Store.Inbound.ReleaseAsync("SM-never");

        (await Store.Inbound.TryClaimAsync("SM-never", Samples.Morning)).Should().BeTrue();
    }
}
