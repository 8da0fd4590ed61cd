using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Dialogs.Tests.Conversations.Artisan;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Tests.Projects;
using SoukPlay.Storage.Model;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Conversations.Onboarding;

/// <summary>
/// "language" at any point: the language menu gets the next answer (before a waiting offer or
/// ballot), then the question the person was on is asked again in the new language.
/// </summary>
public sealed class LanguageCommandTranscriptTests : IDisposable
{
    private const string Phone = "+212600000081";

    private readonly TestFlow _flow = new(configureTurns: turns => turns.MainDialogId = CommunityEntryDialog.DialogId);
    private readonly CommunityWorld _world;

    public LanguageCommandTranscriptTests()
    {
        _world = new CommunityWorld(_flow.Store, _flow.Clock);
        SeedAsync(_flow).GetAwaiter().GetResult();
        SeedBuyerAsync(_flow).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _world.Dispose();
        _flow.Dispose();
    }

    [Fact]
    public async Task RoleMenu_LanguageChanged_RoleMenuAskedAgainInTheNewLanguage()
    {
        await _flow.Send(Phone, "Salam");
        await _flow.Send(Phone, "1").ExpectReply(r => r.Should().Contain("on parle français"));

        await _flow.Send(Phone, "langue").ExpectReply(r => r.Should().Contain("Choisissez votre langue"));
        await _flow.Send(Phone, "English")
            .ExpectReply(r => r.Should().Be("✅ Done, we will talk in English."))
            .ExpectReply(r => r.Should().StartWith("🙋 Who are you?").And.Contain("2️⃣ 🛍️ Buyer"))
            .ExpectNoMoreReplies();

        await _flow.Send(Phone, "2").ExpectReply(r => r.Should().Be("👍 Welcome, Buyer!"));
    }

    [Fact]
    public async Task SectorQuestion_LanguageChanged_SectorAskedAgainInTheNewLanguage()
    {
        await ArtisanJourney.OnboardAsync(_flow, Phone);

        await _flow.Send(Phone, "langue");
        await _flow.Send(Phone, "5")
            .ExpectReply(r => r.Should().Contain("in English"))
            .ExpectReply(r => r.Should().Contain("What is your craft?").And.Contain("10. "))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task NothingOpen_LanguageChanged_MainMenuInTheNewLanguage()
    {
        await _flow.Send(BuyerPhone, "language");

        await _flow.Send(BuyerPhone, "1")
            .ExpectReply(r => r.Should().Contain("on parle français"))
            .ExpectReply(r => r.Should().Contain("Envoyez le code de la boutique"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task LanguageMenu_LanguageAgain_MenuShownOnceAndAskedOnlyOnce()
    {
        await _flow.Send(Phone, "Salam");

        await _flow.Send(Phone, "language")
            .ExpectReply(r => r.Should().Contain("Choisissez votre langue"))
            .ExpectNoMoreReplies();
        await _flow.Send(Phone, "English")
            .ExpectReply(r => r.Should().Contain("in English"))
            .ExpectReply(r => r.Should().StartWith("🙋 Who are you?"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task OfferOnStack_LanguageMenuTakesTheDigitThenTheOfferIsShownInTheNewLanguage()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "bonjour, il est en argile ?")
            .ExpectReply(r => r.Should().Contain("Transmis"));

        await _flow.Send(ArtisanPhone, "langue").ExpectReply(r => r.Should().Contain("Choisissez votre langue"));
        await _flow.Send(ArtisanPhone, "2")
            .ExpectReply(r => r.Should().Be("✅ مزيان، غادي نهضرو بالدارجة."))
            .ExpectReply(r => r.Should().Contain("250").And.Contain("نقبل").And.Contain("نرفض"))
            .ExpectNoMoreReplies();

        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == BuyerPhone);
        (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!.AmountMad.Should().Be(250);
        await _flow.Send(ArtisanPhone, "1")
            .ExpectNotification(BuyerPhone, n => n.Should().Contain("Deal"));
    }

    [Fact]
    public async Task OfferInFocusOnly_LanguageMenuTakesTheDigitNotTheOffer()
    {
        await OfferForTajineAsync(_flow, "250");

        await _flow.Send(ArtisanPhone, "langue").ExpectReply(r => r.Should().Contain("Choisissez votre langue"));
        await _flow.Send(ArtisanPhone, "2")
            .ExpectReply(r => r.Should().Be("✅ مزيان، غادي نهضرو بالدارجة."))
            // The waiting offer is shown again, so that the next digit answers what is on screen.
            .ExpectReply(r => r.Should().Contain("⁨250⁩ درهم").And.Contain("1️⃣ ✅ نقبل"))
            .ExpectNoMoreReplies();

        _flow.Person(ArtisanPhone)!.Language.Should().Be("ary");
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == BuyerPhone);
        var negotiation = (await _flow.Store.FindOpenNegotiationAsync(BuyerPhone, TajineId))!;
        negotiation.AmountMad.Should().Be(250);
        negotiation.AwaitingAnswerFrom.Should().Be(Party.Artisan);
    }

    [Fact]
    public async Task BallotPending_LanguageMenuTakesTheDigitNotTheBallot()
    {
        _world.SeedPerson(Phone, "fr");
        var campaign = await _world.OpenAsync();
        await _world.ApprovedProjectAsync(ArtisanPhone, "Puits");
        await _world.ApprovedProjectAsync(ArtisanPhone, "École");
        await SendBallotAsync(campaign);

        await _flow.Send(Phone, "langue").ExpectReply(r => r.Should().Contain("Choisissez votre langue"));
        await _flow.Send(Phone, "2")
            .ExpectReply(r => r.Should().Be("✅ مزيان، غادي نهضرو بالدارجة."));

        _flow.LastMessages.Should().NotContain(m => m.Body.Contains("École"));

        (await _world.Campaigns.MemberVotesAsync(campaign.Id, Phone)).Should().BeEmpty();
        _flow.Person(Phone)!.PendingBallotId.Should().NotBeNull();
    }

    private async Task SendBallotAsync(Campaign campaign)
    {
        var person = _flow.Person(Phone)!;
        person.PendingBallotId = "broadcast-test";
        var ballot = new Broadcast
        {
            Id = "broadcast-test",
            CooperativeId = "coop-test",
            Kind = BroadcastKind.Ballot,
            CampaignId = campaign.Id,
            CreatedAt = _flow.Clock.GetUtcNow(),
        };
        await _world.CommitAsync(changes => Task.FromResult(changes.Put(ballot).Put(person)));
    }
}
