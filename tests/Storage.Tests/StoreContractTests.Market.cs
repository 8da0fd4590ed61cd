using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task FindShopByOwnerAsync_OwnerWithShop_FindsIt()
    {
        await Store.CommitAsync(Samples.Shop("AAAAA", "+212600000001"), Samples.Shop("BBBBB", "+212600000002"));

        var shop = await Store.Market.FindShopByOwnerAsync("+212600000002");
        var none = await Store.Market.FindShopByOwnerAsync("+212600000003");

        shop!.Id.Should().Be("BBBBB");
        none.Should().BeNull();
    }

    [SkippableFact]
    public async Task ListProductsAsync_ShopWithProducts_ReturnsAllStatusesOldestFirst()
    {
        await Store.CommitAsync(
            Samples.Product("p-3", createdAt: Samples.Morning.AddHours(2), status: ListingStatus.SoldOut),
            Samples.Product("p-1", createdAt: Samples.Morning.AddHours(1).ToOffset(TimeSpan.FromHours(-8))),
            Samples.Product("p-2", createdAt: Samples.Morning.AddHours(1.5), status: ListingStatus.WaitingForRoom),
            Samples.Product("other", shopId: "ZZZZZ"));

        var products = await Store.Market.ListProductsAsync("K7P3Q");

        products.Select(p => p.Id).Should().Equal("p-1", "p-2", "p-3");
    }

    [SkippableFact]
    public async Task ListWaitingProductsAsync_MixedStatuses_ReturnsWaitingOldestFirst()
    {
        await Store.CommitAsync(
            Samples.Product("late", status: ListingStatus.WaitingForRoom, createdAt: Samples.Morning.AddDays(1)),
            Samples.Product("listed", status: ListingStatus.Listed),
            Samples.Product("early", shopId: "ZZZZZ", status: ListingStatus.WaitingForRoom));

        var waiting = await Store.Market.ListWaitingProductsAsync();

        waiting.Select(p => p.Id).Should().Equal("early", "late");
    }

    [SkippableFact]
    public async Task CountListedByZoneAsync_MixedStatuses_CountsOnlyListed()
    {
        await Store.CommitAsync(
            Samples.Product("r1", zone: Zone.Rural),
            Samples.Product("r2", zone: Zone.Rural),
            Samples.Product("r3", zone: Zone.Rural, status: ListingStatus.SoldOut),
            Samples.Product("p1", zone: Zone.PeriUrban),
            Samples.Product("u1", zone: Zone.Urban),
            Samples.Product("u2", zone: Zone.Urban, status: ListingStatus.WaitingForRoom),
            Samples.Product("u3", zone: Zone.Urban, status: ListingStatus.Withdrawn));

        var share = await Store.Market.CountListedByZoneAsync();

        share.Should().Be(new ZoneShare(Rural: 2, PeriUrban: 1, Urban: 1));
    }

    [SkippableFact]
    public async Task FindOpenNegotiationAsync_ClosedAndOtherProducts_FindsOnlyTheOpenOne()
    {
        await Store.CommitAsync(
            Samples.Negotiation("closed", status: NegotiationStatus.Declined),
            Samples.Negotiation("other-product", productId: "p-2"),
            Samples.Negotiation("other-buyer", buyerId: "+4915112345678"),
            Samples.Negotiation("open"));

        var open = await Store.Market.FindOpenNegotiationAsync("+33612345678", "p-1");
        var none = await Store.Market.FindOpenNegotiationAsync("+33612345678", "p-9");

        open!.Id.Should().Be("open");
        none.Should().BeNull();
    }

    [SkippableFact]
    public async Task ListOpenNegotiationsAsync_PersonOnBothSides_ReturnsOpenOnesNewestFirst()
    {
        const string person = "+212611111111";
        await Store.CommitAsync(
            Samples.Negotiation("as-buyer", buyerId: person, openedAt: Samples.Morning.AddHours(1)),
            Samples.Negotiation("as-artisan", artisanId: person, openedAt: Samples.Morning.AddHours(3)),
            Samples.Negotiation("closed", artisanId: person, status: NegotiationStatus.Accepted),
            Samples.Negotiation("someone-else", openedAt: Samples.Morning.AddHours(9)));

        var open = await Store.Market.ListOpenNegotiationsAsync(person);

        open.Select(n => n.Id).Should().Equal("as-artisan", "as-buyer");
    }

    [SkippableFact]
    public async Task ListExpiredNegotiationsAsync_DueAndNotDue_ReturnsOpenOnesAtOrBeforeNow()
    {
        var now = Samples.Morning.ToUniversalTime();
        await Store.CommitAsync(
            Samples.Negotiation("due-exactly", expiresAt: now.ToOffset(TimeSpan.FromHours(1))),
            Samples.Negotiation("due-earlier", expiresAt: now.AddTicks(-1).ToOffset(TimeSpan.FromHours(-7))),
            Samples.Negotiation("not-yet", expiresAt: now.AddTicks(1).ToOffset(TimeSpan.FromHours(9))),
            Samples.Negotiation("closed", expiresAt: now.AddDays(-1), status: NegotiationStatus.Expired));

        var expired = await Store.Market.ListExpiredNegotiationsAsync(now);

        expired.Select(n => n.Id).Should().BeEquivalentTo("due-earlier", "due-exactly");
    }

    [SkippableFact]
    public async Task ListEndedDealChatsAsync_RanOutToldAndOpen_ReturnsOnlyRanOutAndNotToldSoonestFirst()
    {
        var now = Samples.Morning.ToUniversalTime();
        await Store.CommitAsync(
            DealChat("ran-out-exactly", now.ToOffset(TimeSpan.FromHours(1)), told: false),
            DealChat("ran-out-earlier", now.AddTicks(-1).ToOffset(TimeSpan.FromHours(-7)), told: false),
            DealChat("still-open", now.AddTicks(1).ToOffset(TimeSpan.FromHours(9)), told: false),
            DealChat("already-told", now.AddDays(-1), told: true));

        var ended = await Store.Market.ListEndedDealChatsAsync(now);

        ended.Select(d => d.Id).Should().Equal("ran-out-earlier", "ran-out-exactly");
    }

    [SkippableFact]
    public async Task ListSenderNumbersAsync_SeveralNumbers_ReturnsAll()
    {
        var platform = new SenderNumber { Id = "+212500000009", OwnerKind = SenderOwnerKind.Platform };
        await Store.CommitAsync(Samples.SenderNumber(), platform);

        var numbers = await Store.Market.ListSenderNumbersAsync();

        numbers.Select(n => (n.Id, n.OwnerKind)).Should().BeEquivalentTo(
            [("+212500000001", SenderOwnerKind.Shop), ("+212500000009", SenderOwnerKind.Platform)]);
    }

    private static Deal DealChat(string id, DateTimeOffset chatUntil, bool told)
    {
        var deal = Samples.Deal(id, negotiationId: "n-" + id);
        deal.ChatUntil = chatUntil;
        deal.ChatEndTold = told;
        return deal;
    }
}
