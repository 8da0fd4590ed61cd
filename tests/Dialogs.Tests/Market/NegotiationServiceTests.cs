using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Market;

public sealed class NegotiationServiceTests : IDisposable
{
    private readonly LiteDbTestStore _store = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly NegotiationService _service;

    public NegotiationServiceTests()
    {
        _service = new NegotiationService(_store, _clock, Options.Create(new MarketOptions()));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Accept_StockSoldToAnEarlierBuyer_IsUnavailableAndMakesNoDeal()
    {
        await SeedProductAsync(quantity: 1);
        var first = await OfferAsync("+34600000001", 250);
        var second = await OfferAsync("+34600000002", 260);

        var sold = await AcceptAsync(first);
        var late = await AcceptAsync(second);

        sold.Result.Should().Be(NegotiationResult.Accepted);
        late.Result.Should().Be(NegotiationResult.Unavailable);
        late.Deal.Should().BeNull();
        (await _store.GetNegotiationAsync(second))!.Status.Should().Be(NegotiationStatus.Declined);
        (await _store.FindDealByNegotiationAsync(second)).Should().BeNull();
        (await _store.GetProductAsync("P-1"))!.Quantity.Should().Be(0);
    }

    [Fact]
    public async Task MakeOffer_SoldOutProduct_IsUnavailable()
    {
        await SeedProductAsync(quantity: 1);
        await AcceptAsync(await OfferAsync("+34600000001", 250));
        var product = (await _store.GetProductAsync("P-1"))!;

        var outcome = await _service.MakeOfferAsync(
            Buyer("+34600000009"), product, "+212600000001", 200, new ChangeSet());

        outcome.Result.Should().Be(NegotiationResult.Unavailable);
    }

    [Fact]
    public async Task Accept_DealGetsItsNumberAndAChatOpenForTheConfiguredLifetime()
    {
        var service = new NegotiationService(
            _store, _clock, Options.Create(new MarketOptions { DealChatLifetime = TimeSpan.FromDays(3) }));
        await SeedProductAsync(quantity: 1);
        var id = await OfferAsync("+34600000001", 250);
        _clock.Advance(TimeSpan.FromHours(2));
        var changes = new ChangeSet();
        var negotiation = (await _store.GetNegotiationAsync(id))!;

        var outcome = service.Accept(negotiation, (await _store.GetProductAsync("P-1"))!, Party.Artisan, changes);
        await _store.CommitAsync(changes);

        var deal = (await _store.FindDealByNegotiationAsync(id))!;
        deal.Should().BeEquivalentTo(outcome.Deal);
        deal.Number.Should().Be(DealNumbers.For(id));
        deal.ChatUntil.Should().Be(_clock.GetUtcNow() + TimeSpan.FromDays(3));
    }

    private async Task SeedProductAsync(int quantity) =>
        await _store.CommitAsync(new ChangeSet().Put(new Product
        {
            Id = "P-1",
            ShopId = "K7P3Q",
            Title = "Tajine",
            PriceMad = 300,
            Quantity = quantity,
            Handmade = true,
            Status = ListingStatus.Listed,
        }));

    private async Task<string> OfferAsync(string buyer, decimal amount)
    {
        var changes = new ChangeSet();
        var product = (await _store.GetProductAsync("P-1"))!;
        var outcome = await _service.MakeOfferAsync(Buyer(buyer), product, "+212600000001", amount, changes);
        await _store.CommitAsync(changes);
        return outcome.Negotiation!.Id;
    }

    private async Task<NegotiationOutcome> AcceptAsync(string negotiationId)
    {
        var changes = new ChangeSet();
        var negotiation = (await _store.GetNegotiationAsync(negotiationId))!;
        var product = (await _store.GetProductAsync("P-1"))!;
        var outcome = _service.Accept(negotiation, product, Party.Artisan, changes);
        await _store.CommitAsync(changes);
        return outcome;
    }

    private static Person Buyer(string phone) => new() { Id = phone, Role = Role.Buyer };
}
