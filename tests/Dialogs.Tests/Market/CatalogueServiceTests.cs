using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Market;

public sealed class CatalogueServiceTests : IDisposable
{
    private static readonly Shop UrbanShop = Shop("URBAN", Zone.Urban);
    private static readonly Shop OtherUrbanShop = Shop("CITYX", Zone.Urban);
    private static readonly Shop RuralShop = Shop("RURAL", Zone.Rural);

    private readonly LiteDbTestStore _store = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly CatalogueService _catalogue;

    public CatalogueServiceTests()
    {
        _catalogue = new CatalogueService(_store, _clock, Options.Create(new MarketOptions()));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task ListAsync_TwoUrbanListingsFromTheSameCounts_SecondCommitConflictsAndItsRerunWaits()
    {
        await SeedListedAsync(rural: 5, urban: 1);
        var first = new ChangeSet();
        var second = new ChangeSet();
        var firstOutcome = await _catalogue.ListAsync(UrbanShop, NewProduct(), first);
        var secondOutcome = await _catalogue.ListAsync(OtherUrbanShop, NewProduct(), second);
        firstOutcome.Decision.Should().Be(ListingDecision.Listed, "2 urban in 7 is under 30%");
        secondOutcome.Decision.Should().Be(ListingDecision.Listed, "it counted the same 6 products");

        await _store.CommitAsync(first);
        var late = () => _store.CommitAsync(second);

        await late.Should().ThrowAsync<ConcurrencyConflictException>();
        var rerun = new ChangeSet();
        var rerunOutcome = await _catalogue.ListAsync(OtherUrbanShop, NewProduct(), rerun);
        await _store.CommitAsync(rerun);
        rerunOutcome.Decision.Should().Be(ListingDecision.WaitingForRoom, "3 urban in 8 is over 30%");
        (await _store.CountListedByZoneAsync()).Should().Be(new ZoneShare(5, 0, 2));
        (await _store.GetProductAsync("CITYX-1"))!.Status.Should().Be(ListingStatus.WaitingForRoom);
    }

    [Fact]
    public async Task ListAsync_RuralListingRacesAnUrbanProductGoingToWait_RerunReleasesIt()
    {
        await SeedListedAsync(rural: 6, urban: 2);
        var urban = new ChangeSet();
        var rural = new ChangeSet();
        var urbanOutcome = await _catalogue.ListAsync(UrbanShop, NewProduct(), urban);
        var ruralOutcome = await _catalogue.ListAsync(RuralShop, NewProduct(), rural);
        urbanOutcome.Decision.Should().Be(ListingDecision.WaitingForRoom, "3 urban in 9 is over 30%");
        ruralOutcome.Released.Should().BeEmpty("nothing was waiting when it looked");

        await _store.CommitAsync(urban);
        var late = () => _store.CommitAsync(rural);

        await late.Should().ThrowAsync<ConcurrencyConflictException>();
        var rerun = new ChangeSet();
        var rerunOutcome = await _catalogue.ListAsync(RuralShop, NewProduct(), rerun);
        await _store.CommitAsync(rerun);
        rerunOutcome.Released.Select(p => p.Id).Should().Equal("URBAN-1");
        (await _store.CountListedByZoneAsync()).Should().Be(new ZoneShare(7, 0, 3));
    }

    [Fact]
    public async Task ListAsync_StoreWithProductsButNoShareDocument_DecidesFromTheProductsAndCreatesIt()
    {
        await SeedListedAsync(rural: 5, urban: 2);
        (await _store.GetCatalogueShareAsync()).Should().BeNull("stores made before it have none");

        var changes = new ChangeSet();
        var outcome = await _catalogue.ListAsync(UrbanShop, NewProduct(), changes);
        await _store.CommitAsync(changes);

        outcome.Decision.Should().Be(ListingDecision.WaitingForRoom, "3 urban in 8 is over 30%");
        outcome.UrbanShareBefore.Should().BeApproximately(2.0 / 7, 1e-9);
        var share = (await _store.GetCatalogueShareAsync())!;
        share.Version.Should().Be(1);
        share.LastProductId.Should().Be("URBAN-1");
        share.DecidedAt.Should().Be(_clock.GetUtcNow());
    }

    [Fact]
    public async Task ListAsync_EveryDecisionListedOrWaiting_MovesTheShareDocumentOn()
    {
        await SeedListedAsync(rural: 1, urban: 0);

        await ListAndCommitAsync(RuralShop);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await ListAndCommitAsync(UrbanShop);

        var share = (await _store.GetCatalogueShareAsync())!;
        share.Version.Should().Be(2);
        share.LastProductId.Should().Be("URBAN-1");
        share.DecidedAt.Should().Be(_clock.GetUtcNow());
        (await _store.GetProductAsync("URBAN-1"))!.Status.Should().Be(ListingStatus.WaitingForRoom);
    }

    private async Task ListAndCommitAsync(Shop shop)
    {
        var changes = new ChangeSet();
        await _catalogue.ListAsync(shop, NewProduct(), changes);
        await _store.CommitAsync(changes);
    }

    private async Task SeedListedAsync(int rural, int urban)
    {
        var changes = new ChangeSet();
        var products = Enumerable.Range(1, rural).Select(i => Listed($"SEEDR-{i}", Zone.Rural))
            .Concat(Enumerable.Range(1, urban).Select(i => Listed($"SEEDU-{i}", Zone.Urban)));
        foreach (var product in products)
        {
            changes.Put(product);
        }

        await _store.CommitAsync(changes);
    }

    private Product Listed(string id, Zone zone) => new()
    {
        Id = id,
        ShopId = id[..5],
        Title = "Tapis",
        PriceMad = 500,
        Quantity = 1,
        Zone = zone,
        Handmade = true,
        Status = ListingStatus.Listed,
        CreatedAt = _clock.GetUtcNow(),
        ListedAt = _clock.GetUtcNow(),
    };

    private static Product NewProduct() =>
        new() { Title = "Lanterne", PriceMad = 250, Quantity = 1, Handmade = true };

    private static Shop Shop(string code, Zone zone) => new()
    {
        Id = code,
        OwnerId = $"owner of {code}",
        DisplayName = code,
        Sector = CraftSector.Pottery,
        Zone = zone,
    };
}
