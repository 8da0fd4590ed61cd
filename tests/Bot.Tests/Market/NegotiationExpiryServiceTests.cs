using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoukPlay.Bot.Market;
using SoukPlay.Bot.Outbox;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.LiteDb;
using SoukPlay.Storage.Model;
using SoukPlay.Tests.Support;

namespace SoukPlay.Bot.Tests.Market;

public sealed partial class NegotiationExpiryServiceTests : IDisposable
{
    private const string BotNumber = TajineMarket.BotNumber;
    private const string ArtisanPhone = TajineMarket.ArtisanPhone;
    private const string BuyerPhone = TajineMarket.BuyerPhone;

    private readonly TempDatabase _database = new();
    private readonly LiteDbStore _store;
    private readonly CommitHookMarketStore _hooked;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly NegotiationService _negotiations;
    private readonly NegotiationExpiryService _service;

    public NegotiationExpiryServiceTests()
    {
        _store = new LiteDbStore(new LiteDbOptions { Path = _database.FilePath });
        _hooked = new CommitHookMarketStore(_store);
        _negotiations = new NegotiationService(_hooked, _clock, Options.Create(new MarketOptions()));
        _service = new NegotiationExpiryService(
            _hooked,
            _negotiations,
            new DealChatEndings(
                _hooked,
                MessageCatalog.LoadEmbedded(),
                new OutboxSignal(_clock),
                _clock,
                Options.Create(new TurnOptions()),
                NullLogger<DealChatEndings>.Instance),
            MessageCatalog.LoadEmbedded(),
            new OutboxSignal(_clock),
            _clock,
            Options.Create(new NegotiationExpiryOptions { Interval = TimeSpan.FromMinutes(1) }),
            Options.Create(new TurnOptions()),
            NullLogger<NegotiationExpiryService>.Instance);
    }

    public void Dispose()
    {
        _service.Dispose();
        _store.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task ExpireDueAsync_Before48Hours_LeavesTheNegotiationOpen()
    {
        var negotiation = await OpenNegotiationAsync();
        _clock.Advance(TimeSpan.FromHours(47));

        (await _service.ExpireDueAsync(CancellationToken.None)).Should().Be(0);

        (await _store.GetNegotiationAsync(negotiation.Id))!.Status.Should().Be(NegotiationStatus.Open);
        (await _store.ListRecentAsync(100)).Should().BeEmpty();
    }

    [Fact]
    public async Task ExpireDueAsync_After48Hours_ClosesTellsBothInTheirLanguageAndClearsFocus()
    {
        var negotiation = await OpenNegotiationAsync();
        _clock.Advance(TimeSpan.FromHours(48));

        (await _service.ExpireDueAsync(CancellationToken.None)).Should().Be(1);

        (await _store.GetNegotiationAsync(negotiation.Id))!.Status.Should().Be(NegotiationStatus.Expired);
        var toBuyer = (await _store.GetAsync($"expire-{negotiation.Id}-1"))!;
        toBuyer.ToPersonId.Should().Be(BuyerPhone);
        toBuyer.Channel.Should().Be(Channel.Sms);
        toBuyer.FromNumber.Should().Be(BotNumber);
        toBuyer.Kind.Should().Be(NegotiationExpiryService.ExpiredKind);
        toBuyer.Body.Should().Be(
            "⌛ No answer came in time: your negotiation for Tajine bleu at Atelier Fatima has expired.");
        var toArtisan = (await _store.GetAsync($"expire-{negotiation.Id}-2"))!;
        toArtisan.ToPersonId.Should().Be(ArtisanPhone);
        toArtisan.Body.Should().Be(
            "⌛ Pas de réponse à temps : la négociation avec Sam pour Tajine bleu a expiré.");
        new[] { toBuyer.Body, toArtisan.Body }.Should().OnlyContain(body => !PhoneDigits().IsMatch(body));
        (await _store.GetPersonAsync(BuyerPhone))!.FocusNegotiationId.Should().BeNull();
        (await _store.GetPersonAsync(ArtisanPhone))!.FocusNegotiationId.Should().BeNull();
    }

    [Fact]
    public async Task ExpireDueAsync_RunAgain_WritesNothingMore()
    {
        await OpenNegotiationAsync();
        _clock.Advance(TimeSpan.FromHours(49));
        await _service.ExpireDueAsync(CancellationToken.None);

        (await _service.ExpireDueAsync(CancellationToken.None)).Should().Be(0);

        (await _store.ListRecentAsync(100)).Should().HaveCount(2);
    }

    [Fact]
    public async Task ExpireDueAsync_FocusOnAnotherNegotiation_KeepsThatFocus()
    {
        var negotiation = await OpenNegotiationAsync();
        var artisan = (await _store.GetPersonAsync(ArtisanPhone))!;
        artisan.FocusNegotiationId = "N-other";
        await _store.CommitAsync(new ChangeSet().Put(artisan));
        _clock.Advance(TimeSpan.FromHours(48));

        await _service.ExpireDueAsync(CancellationToken.None);

        (await _store.GetPersonAsync(ArtisanPhone))!.FocusNegotiationId.Should().Be("N-other");
        (await _store.GetNegotiationAsync(negotiation.Id))!.Status.Should().Be(NegotiationStatus.Expired);
    }

    [Fact]
    public async Task ExpireDueAsync_ArtisanAnswersAtTheSameMoment_WritesNothingAndNextPassSeesTheAnswer()
    {
        var negotiation = await OpenNegotiationAsync();
        _clock.Advance(TimeSpan.FromHours(48));
        _hooked.BeforeNextCommit = async () =>
        {
            var answered = (await _store.GetNegotiationAsync(negotiation.Id))!;
            answered.Status = NegotiationStatus.Declined;
            await _store.CommitAsync(new ChangeSet().Put(answered));
        };

        (await _service.ExpireDueAsync(CancellationToken.None)).Should().Be(0);
        (await _service.ExpireDueAsync(CancellationToken.None)).Should().Be(0);

        (await _store.GetNegotiationAsync(negotiation.Id))!.Status.Should().Be(NegotiationStatus.Declined);
        (await _store.ListRecentAsync(100)).Should().BeEmpty();
        (await _store.GetPersonAsync(BuyerPhone))!.FocusNegotiationId.Should().Be(negotiation.Id);
    }

    [Fact]
    public async Task ExecuteAsync_ClockPassesExpiry_BackgroundPassExpiresIt()
    {
        var negotiation = await OpenNegotiationAsync();
        await _service.StartAsync(CancellationToken.None);

        _clock.Advance(TimeSpan.FromHours(48));

        await Eventually.GetAsync(
            () => _store.GetNegotiationAsync(negotiation.Id).GetAwaiter().GetResult()!.Status,
            status => status == NegotiationStatus.Expired,
            "the background pass expired the negotiation");
        await _service.StopAsync(CancellationToken.None);
    }

    private async Task<Negotiation> OpenNegotiationAsync()
    {
        var artisan = TajineMarket.Artisan();
        var buyer = TajineMarket.Buyer(profileName: "Sam");
        var product = await TajineMarket.SeedAsync(_store);

        var changes = new ChangeSet();
        var outcome = await _negotiations.MakeOfferAsync(buyer, product, ArtisanPhone, 250, changes);
        artisan.FocusNegotiationId = outcome.Negotiation!.Id;
        buyer.FocusNegotiationId = outcome.Negotiation.Id;
        await _store.CommitAsync(changes.Put(artisan).Put(buyer));
        return outcome.Negotiation;
    }

    /// <summary>Six digits in a row: enough of a phone number to tell who it is.</summary>
    [GeneratedRegex(@"\d{6}")]
    private static partial Regex PhoneDigits();
}
