using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task GetCatalogueShareAsync_NeverWritten_ReturnsNull()
    {
        await Store.CommitAsync(Samples.Product());

        var share = await Store.Market.GetCatalogueShareAsync();

        share.Should().BeNull();
    }

    [SkippableFact]
    public async Task CommitAsync_CatalogueShare_ReadsBackEveryFieldUnderTheCatalogueId()
    {
        await Store.CommitAsync(Samples.CatalogueShare());

        var read = await Store.Market.GetCatalogueShareAsync();

        read.Should().BeEquivalentTo(Samples.CatalogueShare(), Exactly);
        read!.Id.Should().Be(CatalogueShare.CatalogueId);
        read.Version.Should().Be(1);
        read.DecidedAt.Offset.Should().Be(TimeSpan.FromHours(-3));
    }

    [SkippableFact]
    public async Task CommitAsync_CatalogueShareCreatedByTwoTurns_SecondThrowsAndWritesNothing()
    {
        var first = Samples.CatalogueShare();
        var second = Samples.CatalogueShare();
        second.LastProductId = "ZZZZZ-1";
        await Store.CommitAsync(first, Samples.Product("K7P3Q-12", zone: Zone.Urban));

        var commit = () => Store.CommitAsync(second, Samples.Product("ZZZZZ-1", "ZZZZZ", Zone.Urban));

        await commit.Should().ThrowAsync<ConcurrencyConflictException>();
        (await Store.Market.GetProductAsync("ZZZZZ-1")).Should().BeNull();
        (await Store.Market.CountListedByZoneAsync()).Urban.Should().Be(1);
    }

    [SkippableFact]
    public async Task CommitAsync_CatalogueShareReadByTwoTurns_SecondThrowsAndWritesNothing()
    {
        await Store.CommitAsync(Samples.CatalogueShare());
        var first = (await Store.Market.GetCatalogueShareAsync())!;
        var second = (await Store.Market.GetCatalogueShareAsync())!;
        await Store.CommitAsync(first, Samples.Product("K7P3Q-13", zone: Zone.Urban));

        var commit = () => Store.CommitAsync(second, Samples.Product("ZZZZZ-1", "ZZZZZ", Zone.Urban));

        await commit.Should().ThrowAsync<ConcurrencyConflictException>();
        (await Store.Market.GetProductAsync("ZZZZZ-1")).Should().BeNull();
        (await Store.Market.GetCatalogueShareAsync())!.Version.Should().Be(2);
    }
}
