using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Tests.Projects;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Conversations.Onboarding;

/// <summary>
/// "projects" as the whole message opens the projects menu from anywhere, a negotiation included,
/// for anyone with a role or a cooperative membership; a sentence that contains it is no command.
/// </summary>
public sealed class ProjectsCommandTranscriptTests : IDisposable
{
    private const string Member = "+212600000091";
    private const string Stranger = "+212600000092";

    private readonly TestFlow _flow = new(configureTurns: turns => turns.MainDialogId = CommunityEntryDialog.DialogId);
    private readonly CommunityWorld _world;

    public ProjectsCommandTranscriptTests()
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
    public async Task Negotiation_ProjectsWord_OpensProjectsThenShowsTheOfferAgain()
    {
        await _world.OpenAsync();
        await CounteredOfferAsync();
        await _flow.Send(BuyerPhone, "is it handmade?").ExpectReply(r => r.Should().Contain("Passed on"));

        await _flow.Send(BuyerPhone, "Projects")
            .ExpectReply(r => r.Should().Contain("Community projects. What do you want to do")
                .And.Contain("4️⃣ 📊"))
            .ExpectNoMoreReplies();
        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);

        await _flow.Send(BuyerPhone, "4")
            .ExpectReply(r => r.Should().Contain("Standings"))
            .ExpectReply(r => r.Should().Contain("Atelier Fatima proposes 280 MAD").And.Contain("1️⃣ ✅ Accept"))
            .ExpectNoMoreReplies();
        await _flow.Send(BuyerPhone, "1")
            .ExpectReply(r => r.Should().StartWith("🤝 Deal!"));
    }

    [Fact]
    public async Task NegotiationInFocusOnly_ProjectsWordInArabicScript_OpensProjectsNotRelayed()
    {
        await _world.OpenAsync();
        await CounteredOfferAsync();

        await _flow.Send(BuyerPhone, "مشاريع")
            .ExpectReply(r => r.Should().Contain("Community projects. What do you want to do"))
            .ExpectNoMoreReplies();

        _flow.LastMessages.Should().NotContain(m => m.ToPersonId == ArtisanPhone);
    }

    [Fact]
    public async Task Negotiation_SentenceContainingTheWord_IsPassedOn()
    {
        await _world.OpenAsync();
        await CounteredOfferAsync();

        await _flow.Send(BuyerPhone, "do you fund projects with the sales?")
            .ExpectReply(r => r.Should().Contain("Passed on"))
            .ExpectNotification(ArtisanPhone, n => n.Should().Contain("projects"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Negotiation_NoCampaign_SaysSoThenShowsTheOfferAgain()
    {
        await CounteredOfferAsync();
        await _flow.Send(BuyerPhone, "is it handmade?");

        await _flow.Send(BuyerPhone, "projects")
            .ExpectReply(r => r.Should().Contain("No campaign is open"))
            .ExpectReply(r => r.Should().Contain("Atelier Fatima proposes 280 MAD"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task CooperativeMemberWithoutRole_ProjectsWord_OpensProjectsWithoutTheRoleMenu()
    {
        await _world.OpenAsync();
        _world.SeedPerson(Member, "fr", role: Role.None);
        await _flow.Store.CommitAsync(new ChangeSet()
            .Put(new Cooperative { Id = "coop-1", Name = "Tifawin", LeaderId = ArtisanPhone })
            .Put(new Membership
            {
                Id = Membership.IdFor("coop-1", Member),
                CooperativeId = "coop-1",
                PersonId = Member,
                Status = MembershipStatus.Active,
            }));

        await _flow.Send(Member, "projets")
            .ExpectReply(r => r.Should().Contain("Projets de la communauté. Que voulez-vous faire"))
            .ExpectNoMoreReplies();

        _flow.Person(Member)!.Role.Should().Be(Role.None);
    }

    [Fact]
    public async Task StrangerWithoutRole_ProjectsWord_IsOnboardedFirst()
    {
        await _world.OpenAsync();

        await _flow.Send(Stranger, "projects")
            .ExpectReply(r => r.Should().Contain("Choisissez votre langue"))
            .ExpectNoMoreReplies();
    }

    /// <summary>The buyer offers 250 for the tajine and the artisan answers 280: the buyer must answer.</summary>
    private async Task CounteredOfferAsync()
    {
        await OfferForTajineAsync(_flow, "250");
        await _flow.Send(ArtisanPhone, "2");
        await _flow.Send(ArtisanPhone, "280")
            .ExpectNotification(BuyerPhone, n => n.Should().Contain("280 MAD"));
    }
}
