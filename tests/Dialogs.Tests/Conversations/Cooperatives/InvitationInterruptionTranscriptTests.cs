using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Dialogs.Tests.Conversations.Negotiation;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Tests.Projects;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Conversations.Cooperatives;

/// <summary>
/// An open invitation answered with one digit from the middle of the person's own menus, and the
/// order when a ballot or a negotiation waits for the same person.
/// </summary>
public sealed class InvitationInterruptionTranscriptTests : IDisposable
{
    private const string Leader = "+212600000031";
    private const string OtherLeader = "+212600000032";
    private const string Omar = "+212661000033";

    private readonly TestFlow _flow = new(configureTurns: turns => turns.MainDialogId = CommunityEntryDialog.DialogId);
    private readonly CommunityWorld _world;

    public InvitationInterruptionTranscriptTests()
    {
        _world = new CommunityWorld(_flow.Store, _flow.Clock);
        _world.SeedPerson(Leader, "fr", Channel.WhatsApp, Role.Leader);
        _world.SeedPerson(OtherLeader, "fr", Channel.WhatsApp, Role.Leader);
    }

    public void Dispose()
    {
        _world.Dispose();
        _flow.Dispose();
    }

    [Fact]
    public async Task Invitation_DigitInTheMiddleOfTheirOwnMenu_JoinsThenTheMenuComesBack()
    {
        var cooperative = await RegisterAsync(Leader, "Tifawin");
        _world.SeedPerson(Omar, "fr");
        await _flow.Send(Omar, "bonjour");
        var question = _flow.LastMessages.Last(m => m.IsReply).Body;
        await InviteAsync(Leader, Omar);

        await _flow.Send(Omar, "1")
            .ExpectReply(r => r.Should().Contain("Bienvenue dans « Tifawin »"))
            .ExpectReply(r => r.Should().Be(question))
            .ExpectNotification(Leader, n => n.Should().Contain("a rejoint"))
            .ExpectNoMoreReplies();

        (await StatusOfAsync(cooperative, Omar)).Should().Be(MembershipStatus.Active);
    }

    [Fact]
    public async Task Invitation_TwoInTheMiddleOfTheirOwnMenu_DeclinesThenTheMenuComesBack()
    {
        var cooperative = await RegisterAsync(Leader, "Tifawin");
        _world.SeedPerson(Omar, "fr");
        await _flow.Send(Omar, "bonjour");
        var question = _flow.LastMessages.Last(m => m.IsReply).Body;
        await InviteAsync(Leader, Omar);

        await _flow.Send(Omar, "٢")
            .ExpectReply(r => r.Should().Contain("pas rejoint « Tifawin »"))
            .ExpectReply(r => r.Should().Be(question))
            .ExpectNoMoreReplies();

        (await StatusOfAsync(cooperative, Omar)).Should().Be(MembershipStatus.Declined);
    }

    [Fact]
    public async Task Invitation_OtherDigitInTheMiddleOfTheirOwnMenu_GoesToTheMenu()
    {
        var cooperative = await RegisterAsync(Leader, "Tifawin");
        _world.SeedPerson(Omar, "fr");
        await _flow.Send(Omar, "bonjour");
        await InviteAsync(Leader, Omar);

        await _flow.Send(Omar, "3").ExpectReply(r => r.Should().NotContain("Tifawin"));

        (await StatusOfAsync(cooperative, Omar)).Should().Be(MembershipStatus.Invited);
    }

    [Fact]
    public async Task Invitation_AnsweredOnce_NextDigitGoesToTheMenu()
    {
        var cooperative = await RegisterAsync(Leader, "Tifawin");
        _world.SeedPerson(Omar, "fr");
        await _flow.Send(Omar, "bonjour");
        await InviteAsync(Leader, Omar);
        await _flow.Send(Omar, "2");

        await _flow.Send(Omar, "1").ExpectReply(r => r.Should().NotContain("Tifawin"));

        (await StatusOfAsync(cooperative, Omar)).Should().Be(MembershipStatus.Declined);
    }

    [Fact]
    public async Task InvitationNewerThanBallot_One_JoinsAndTheBallotStillWaits()
    {
        var (ballotCampaign, well) = await BallotToOmarAsync();
        _flow.Clock.Advance(TimeSpan.FromMinutes(5));
        var amal = await RegisterAsync(OtherLeader, "Amal");
        await InviteAsync(OtherLeader, Omar);

        await _flow.Send(Omar, "1").ExpectReply(r => r.Should().Contain("Bienvenue dans « Amal »"));

        (await StatusOfAsync(amal, Omar)).Should().Be(MembershipStatus.Active);
        (await _world.Campaigns.MemberVotesAsync(ballotCampaign.Id, Omar)).Should().BeEmpty();
        await _flow.Send(Omar, "1").ExpectReply(r => r.Should().Contain("« Puits »"));
        (await _world.Campaigns.MemberVotesAsync(ballotCampaign.Id, Omar)).Should().ContainSingle()
            .Which.ProjectId.Should().Be(well.Id);
    }

    [Fact]
    public async Task BallotNewerThanInvitation_One_VotesAndTheInvitationStillWaits()
    {
        var amal = await RegisterAsync(OtherLeader, "Amal");
        _world.SeedPerson(Omar, "fr");
        await InviteAsync(OtherLeader, Omar);
        _flow.Clock.Advance(TimeSpan.FromMinutes(5));
        var (ballotCampaign, well) = await BallotToOmarAsync();

        await _flow.Send(Omar, "1").ExpectReply(r => r.Should().Contain("« Puits »"));

        (await _world.Campaigns.MemberVotesAsync(ballotCampaign.Id, Omar)).Should().ContainSingle()
            .Which.ProjectId.Should().Be(well.Id);
        (await StatusOfAsync(amal, Omar)).Should().Be(MembershipStatus.Invited);
        await _flow.Send(Omar, "2").ExpectReply(r => r.Should().Contain("pas rejoint « Amal »"));
        (await StatusOfAsync(amal, Omar)).Should().Be(MembershipStatus.Declined);
    }

    [Fact]
    public async Task Invitation_OfferWaitingForTheArtisan_DigitAnswersTheInvitationNotTheOffer()
    {
        await MarketSeed.SeedAsync(_flow);
        await MarketSeed.SeedBuyerAsync(_flow);
        await MarketSeed.OfferForTajineAsync(_flow);
        var cooperative = await RegisterAsync(Leader, "Tifawin");
        await InviteAsync(Leader, MarketSeed.ArtisanPhone);

        await _flow.Send(MarketSeed.ArtisanPhone, "1")
            .ExpectReply(r => r.Should().Contain("Bienvenue dans « Tifawin »"));

        (await StatusOfAsync(cooperative, MarketSeed.ArtisanPhone)).Should().Be(MembershipStatus.Active);
        (await _flow.Store.ListOpenNegotiationsAsync(MarketSeed.BuyerPhone)).Should().ContainSingle();
        (await _flow.Store.FindOpenNegotiationAsync(MarketSeed.BuyerPhone, MarketSeed.TajineId)).Should().NotBeNull();
    }

    [Fact]
    public async Task Invitation_WhileAnsweringAnOffer_JoinsThenTheOfferIsShownAgain()
    {
        await MarketSeed.SeedAsync(_flow);
        await MarketSeed.SeedBuyerAsync(_flow);
        await MarketSeed.OfferForTajineAsync(_flow);
        await _flow.Send(MarketSeed.ArtisanPhone, "Bonjour, il est fait main")
            .ExpectReply(r => r.Should().Contain("Transmis"));
        await RegisterAsync(Leader, "Tifawin");
        await InviteAsync(Leader, MarketSeed.ArtisanPhone);

        await _flow.Send(MarketSeed.ArtisanPhone, "1")
            .ExpectReply(r => r.Should().Contain("Bienvenue dans « Tifawin »"))
            .ExpectReply(r => r.Should().Contain("Tajine bleu").And.Contain("1️⃣"))
            .ExpectNoMoreReplies();
        await _flow.Send(MarketSeed.ArtisanPhone, "1").ExpectReply(r => r.Should().Contain("Marché conclu"));
    }

    private async Task<Cooperative> RegisterAsync(string leader, string name)
    {
        await _flow.Send(leader, "bonjour").ExpectReply(r => r.Should().Contain("nom de votre coopérative"));
        await _flow.Send(leader, name).ExpectReply(r => r.Should().Contain($"« {name} » est enregistrée"));
        return (await _flow.Store.Inner.FindCooperativeByLeaderAsync(leader))!;
    }

    private async Task InviteAsync(string leader, string phone)
    {
        await _flow.Send(leader, "1");
        await _flow.Send(leader, phone).ExpectReply(r => r.Should().Contain("Invitation envoyée"));
    }

    /// <summary>Omar joins Tifawin and is sent a ballot on one project, "Puits".</summary>
    private async Task<(Campaign Campaign, SocialProject Well)> BallotToOmarAsync()
    {
        var campaign = await _world.OpenAsync();
        var well = await _world.ApprovedProjectAsync(Leader, "Puits");
        await RegisterAsync(Leader, "Tifawin");
        if (_flow.Person(Omar) is null)
        {
            _world.SeedPerson(Omar, "fr");
        }

        await InviteAsync(Leader, Omar);
        await _flow.Send(Omar, "1").ExpectReply(r => r.Should().Contain("Bienvenue dans « Tifawin »"));
        await _flow.Send(Leader, "4");
        await _flow.Send(Leader, "1").ExpectReply(r => r.Should().Contain("Envoi en cours"));
        _flow.Person(Omar)!.PendingBallotId.Should().NotBeNull();
        return (campaign, well);
    }

    private async Task<MembershipStatus?> StatusOfAsync(Cooperative cooperative, string phone) =>
        (await _flow.Store.Inner.GetMembershipAsync(Membership.IdFor(cooperative.Id, phone)))?.Status;
}
