using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoukPlay.Bot.Market;
using SoukPlay.Bot.Outbox;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Dialogs.Conversations.Negotiation;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.LiteDb;
using SoukPlay.Storage.Model;
using SoukPlay.Tests.Support;

namespace SoukPlay.Bot.Tests.Market;

/// <summary>
/// A deal's chat whose seven days are up is announced to both sides once, in their language, with
/// their focus released; over a real LiteDB file, with the clock faked.
/// </summary>
public sealed class DealChatEndingsTests : IDisposable
{
    private const string BotNumber = TajineMarket.BotNumber;
    private const string ArtisanPhone = TajineMarket.ArtisanPhone;
    private const string BuyerPhone = TajineMarket.BuyerPhone;

    private readonly TempDatabase _database = new();
    private readonly LiteDbStore _store;
    private readonly CommitHookMarketStore _hooked;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly NegotiationService _negotiations;

    public DealChatEndingsTests()
    {
        _store = new LiteDbStore(new LiteDbOptions { Path = _database.FilePath });
        _hooked = new CommitHookMarketStore(_store);
        _negotiations = new NegotiationService(_hooked, _clock, Options.Create(new MarketOptions()));
    }

    public void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task TellDueAsync_BeforeSevenDays_TellsNobody()
    {
        var deal = await DealAsync();
        _clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));

        (await Endings().TellDueAsync(CancellationToken.None)).Should().Be(0);

        (await _store.ListRecentAsync(100)).Should().BeEmpty();
        (await _store.GetPersonAsync(BuyerPhone))!.FocusNegotiationId.Should().Be(deal.NegotiationId);
    }

    [Fact]
    public async Task TellDueAsync_SevenDaysUp_TellsBothInTheirLanguageAndReleasesTheirFocus()
    {
        var deal = await DealAsync();
        _clock.Advance(TimeSpan.FromDays(7));

        (await Endings().TellDueAsync(CancellationToken.None)).Should().Be(1);

        var toBuyer = (await _store.GetAsync($"dealchat-{deal.Id}-1"))!;
        toBuyer.ToPersonId.Should().Be(BuyerPhone);
        toBuyer.Channel.Should().Be(Channel.Sms);
        toBuyer.FromNumber.Should().Be(BotNumber);
        toBuyer.Kind.Should().Be(DealChat.ExpiredKind);
        toBuyer.IsReply.Should().BeFalse();
        toBuyer.Body.Should().Be($"⌛ The chat for deal no. {deal.Number} (Tajine bleu) has ended: what you "
            + "write here is no longer passed on. The deal stays recorded. 0️⃣ Menu");
        var toArtisan = (await _store.GetAsync($"dealchat-{deal.Id}-2"))!;
        toArtisan.ToPersonId.Should().Be(ArtisanPhone);
        toArtisan.Channel.Should().Be(Channel.WhatsApp);
        toArtisan.Body.Should()
            .StartWith($"⌛ La discussion du marché n° {deal.Number} (Tajine bleu) est terminée");
        (await _store.GetPersonAsync(BuyerPhone))!.FocusNegotiationId.Should().BeNull();
        (await _store.GetPersonAsync(ArtisanPhone))!.FocusNegotiationId.Should().BeNull();
        (await _store.FindDealByNegotiationAsync(deal.NegotiationId))!.ChatEndTold.Should().BeTrue();
    }

    [Fact]
    public async Task TellDueAsync_RunAgainOrByASecondHost_WritesNothingMore()
    {
        await DealAsync();
        _clock.Advance(TimeSpan.FromDays(8));
        await Endings().TellDueAsync(CancellationToken.None);

        (await Endings().TellDueAsync(CancellationToken.None)).Should().Be(0);

        (await _store.ListRecentAsync(100)).Should().HaveCount(2);
    }

    [Fact]
    public async Task TellDueAsync_AnotherHostTellsItAtTheSameMoment_WritesNothing()
    {
        var deal = await DealAsync();
        _clock.Advance(TimeSpan.FromDays(7));
        _hooked.BeforeNextCommit = async () =>
        {
            var told = (await _store.FindDealByNegotiationAsync(deal.NegotiationId))!;
            told.ChatEndTold = true;
            await _store.CommitAsync(new ChangeSet().Put(told));
        };

        (await Endings().TellDueAsync(CancellationToken.None)).Should().Be(0);
        (await Endings().TellDueAsync(CancellationToken.None)).Should().Be(0);

        (await _store.ListRecentAsync(100)).Should().BeEmpty();
    }

    [Fact]
    public async Task TellDueAsync_ChatEndedWithNine_TellsNobodyAgain()
    {
        var deal = await DealAsync();
        deal.ChatUntil = _clock.GetUtcNow().AddHours(1);
        deal.ChatEndTold = true;
        await _store.CommitAsync(new ChangeSet().Put(deal));
        _clock.Advance(TimeSpan.FromDays(8));

        (await Endings().TellDueAsync(CancellationToken.None)).Should().Be(0);

        (await _store.ListRecentAsync(100)).Should().BeEmpty();
    }

    [Fact]
    public async Task TellDueAsync_FocusOnAnotherNegotiationOrOptedOut_KeepsThatFocusAndSendsNothingToOptedOut()
    {
        await DealAsync();
        var artisan = (await _store.GetPersonAsync(ArtisanPhone))!;
        artisan.FocusNegotiationId = "N-other";
        var buyer = (await _store.GetPersonAsync(BuyerPhone))!;
        buyer.OptedOut = true;
        await _store.CommitAsync(new ChangeSet().Put(artisan).Put(buyer));
        _clock.Advance(TimeSpan.FromDays(7));

        (await Endings().TellDueAsync(CancellationToken.None)).Should().Be(1);

        (await _store.GetPersonAsync(ArtisanPhone))!.FocusNegotiationId.Should().Be("N-other");
        (await _store.GetPersonAsync(BuyerPhone))!.FocusNegotiationId.Should().BeNull();
        (await _store.ListRecentAsync(100)).Should().ContainSingle().Which.ToPersonId.Should().Be(ArtisanPhone);
    }

    [Fact]
    public async Task ExecuteAsync_ClockPassesTheChatsEnd_BackgroundPassTellsBoth()
    {
        var deal = await DealAsync();
        using var service = new NegotiationExpiryService(
            _hooked,
            _negotiations,
            Endings(),
            MessageCatalog.LoadEmbedded(),
            new OutboxSignal(_clock),
            _clock,
            Options.Create(new NegotiationExpiryOptions { Interval = TimeSpan.FromMinutes(1) }),
            Options.Create(new TurnOptions()),
            NullLogger<NegotiationExpiryService>.Instance);
        await service.StartAsync(CancellationToken.None);

        _clock.Advance(TimeSpan.FromDays(7));

        await Eventually.GetAsync(
            () => _store.ListRecentAsync(100).GetAwaiter().GetResult().Count,
            count => count == 2,
            "the background pass told both sides");
        await service.StopAsync(CancellationToken.None);
        (await _store.FindDealByNegotiationAsync(deal.NegotiationId))!.ChatEndTold.Should().BeTrue();
    }

    private DealChatEndings Endings() =>
        new(
            _hooked,
            MessageCatalog.LoadEmbedded(),
            new OutboxSignal(_clock),
            _clock,
            Options.Create(new TurnOptions()),
            NullLogger<DealChatEndings>.Instance);

    /// <summary>The buyer's offer of 250 accepted by the artisan; both have the deal's chat in focus.</summary>
    private async Task<Deal> DealAsync()
    {
        var artisan = TajineMarket.Artisan();
        var buyer = TajineMarket.Buyer();
        var product = await TajineMarket.SeedAsync(_store);

        var changes = new ChangeSet();
        var offer = await _negotiations.MakeOfferAsync(buyer, product, ArtisanPhone, 250, changes);
        var accepted = _negotiations.Accept(offer.Negotiation!, product, Party.Artisan, changes);
        artisan.FocusNegotiationId = offer.Negotiation!.Id;
        buyer.FocusNegotiationId = offer.Negotiation.Id;
        await _store.CommitAsync(changes.Put(artisan).Put(buyer));
        return accepted.Deal!;
    }
}
