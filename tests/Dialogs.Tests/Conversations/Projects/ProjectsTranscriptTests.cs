using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Tests.Projects;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Conversations.Projects;

public sealed class ProjectsTranscriptTests : IDisposable
{
    private const string Phone = "+212600000011";
    private const string Other = "+212600000012";

    private readonly TestFlow _flow = new(configureTurns: turns => turns.MainDialogId = CommunityEntryDialog.DialogId);
    private readonly CommunityWorld _world;

    public ProjectsTranscriptTests()
    {
        _world = new CommunityWorld(_flow.Store, _flow.Clock);
        PromptFlow.SeedPerson(_flow, "fr", Phone);
        _world.SeedPerson(Other, "fr");
    }

    public void Dispose()
    {
        _world.Dispose();
        _flow.Dispose();
    }

    [Fact]
    public async Task Projects_NoOpenCampaign_SaysSo()
    {
        await _flow.Send(Phone, "projets")
            .ExpectReply(r => r.Should().Contain("Aucune campagne"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Submit_TextVoiceNotePhotoSkipped_StoresPendingProject()
    {
        await _world.OpenAsync();

        await _flow.Send(Phone, "Projets").ExpectReply(r => r.Should().Contain("1️⃣ 📝 Proposer un projet"));
        await _flow.Send(Phone, "1").ExpectReply(r => r.Should().Contain("nom de votre projet"));
        await _flow.Send(Phone, "Puits du douar").ExpectReply(r => r.Should().Contain("note vocale"));
        await _flow.Send(Phone, "", Channel.WhatsApp, new MediaAttachment("https://media.test/v1.ogg", "audio/ogg"))
            .ExpectReply(r => r.Should().Contain("Où"));
        await _flow.Send(Phone, "Tafraout").ExpectReply(r => r.Should().Contain("dirhams"));
        await _flow.Send(Phone, "beaucoup").ExpectReply(r => r.Should().Contain("en chiffres"));
        await _flow.Send(Phone, "15000").ExpectReply(r => r.Should().Contain("photo"));
        await _flow.Send(Phone, "non")
            .ExpectReply(r => r.Should().Contain("« Puits du douar » attend"))
            .ExpectNoMoreReplies();

        var campaign = (await _flow.Store.Inner.FindOpenCampaignAsync())!;
        var project = (await _flow.Store.Inner.ListProjectsAsync(campaign.Id)).Single();
        project.Status.Should().Be(ProjectStatus.PendingApproval);
        project.VoiceNoteUrl.Should().Be("https://media.test/v1.ogg");
        project.AmountSoughtMad.Should().Be(15000);
        project.SubmitterId.Should().Be(Phone);
        project.PhotoUrl.Should().BeNull();
    }

    [Fact]
    public async Task Vote_ArabicIndicDigit_RecordsVoteAndShowsRemaining()
    {
        await _world.OpenAsync(maxVotes: 3);
        var well = await _world.ApprovedProjectAsync(Other, "Puits");
        await _world.ApprovedProjectAsync(Other, "École");

        await _flow.Send(Phone, "مشاريع");
        await _flow.Send(Phone, "2")
            .ExpectReply(r => r.Should().Contain("Il vous reste 3 votes").And.Contain("1️⃣ Puits (Tafraout)")
                .And.Contain("Puits, description").And.Contain("2️⃣ École").And.NotContain("Autres projets"));
        await _flow.Send(Phone, "١")
            .ExpectReply(r => r.Should().Contain("« Puits » est compté").And.Contain("Votes restants : 2"));

        var votes = await _flow.Store.Inner.ListVotesAsync(well.CampaignId);
        votes.Should().ContainSingle(v => v.MemberId == Phone && v.ProjectId == well.Id);
    }

    [Fact]
    public async Task Vote_Recorded_ConfirmsThenShowsTheProjectsMenuAgain()
    {
        await _world.OpenAsync(maxVotes: 3);
        await _world.ApprovedProjectAsync(Other, "Puits");
        await _world.ApprovedProjectAsync(Other, "École");
        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "2");

        await _flow.Send(Phone, "1")
            .ExpectReply(r => r.Should().Contain("« Puits » est compté").And.Contain("Votes restants : 2"))
            .ExpectReply(r => r.Should().Contain("Projets de la communauté").And.Contain("2️⃣ 🗳️"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Vote_StrayDigitAfterAVote_CastsNoOtherVote()
    {
        await _world.OpenAsync(maxVotes: 3);
        var well = await _world.ApprovedProjectAsync(Other, "Puits");
        await _world.ApprovedProjectAsync(Other, "École");
        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "2");
        await _flow.Send(Phone, "1");

        await _flow.Send(Phone, "2")
            .ExpectReply(r => r.Should().Contain("Il vous reste 2 votes").And.NotContain("est compté"))
            .ExpectNoMoreReplies();

        (await _world.Campaigns.MemberVotesAsync(well.CampaignId, Phone)).Should().ContainSingle()
            .Which.ProjectId.Should().Be(well.Id);
    }

    [Fact]
    public async Task Vote_ByChatWithABallotWaiting_TheNextDigitCastsNoBallotVote()
    {
        var campaign = await _world.OpenAsync(maxVotes: 3);
        await _world.ApprovedProjectAsync(Other, "Puits");
        await SendBallotAsync(campaign);
        var school = await _world.ApprovedProjectAsync(Other, "École");
        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "2");
        await _flow.Send(Phone, "2").ExpectReply(r => r.Should().Contain("« École » est compté"));

        await _flow.Send(Phone, "1")
            .ExpectReply(r => r.Should().Contain("nom de votre projet"))
            .ExpectNoMoreReplies();

        (await _world.Campaigns.MemberVotesAsync(school.CampaignId, Phone)).Should().ContainSingle()
            .Which.ProjectId.Should().Be(school.Id);
        _flow.Person(Phone)!.PendingBallotId.Should().BeNull();
    }

    [Fact]
    public async Task Vote_ListAfterVoting_MarksOnlyTheMembersVotes()
    {
        await _world.OpenAsync(maxVotes: 3);
        var well = await _world.ApprovedProjectAsync(Other, "Puits");
        await _world.ApprovedProjectAsync(Other, "École");
        await _world.VoteAsync(Phone, well);

        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "2")
            .ExpectReply(r => r.Should().Contain("1️⃣ Puits (Tafraout) ✅")
                .And.Contain("2️⃣ École (Tafraout)\n")
                .And.NotContain("École (Tafraout) ✅"));
    }

    [Fact]
    public async Task Vote_MovedOverTheLimit_ShowsTheProjectsMenuAgain()
    {
        await _world.OpenAsync(maxVotes: 1);
        var well = await _world.ApprovedProjectAsync(Other, "Puits");
        await _world.ApprovedProjectAsync(Other, "École");
        await _world.VoteAsync(Phone, well);
        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "2");
        await _flow.Send(Phone, "2").ExpectReply(r => r.Should().Contain("utilisé votre seul vote"));

        await _flow.Send(Phone, "1")
            .ExpectReply(r => r.Should().Contain("va maintenant à « École »"))
            .ExpectReply(r => r.Should().Contain("Projets de la communauté"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Vote_DescriptionInAnotherLanguage_ShownInReadersLanguage()
    {
        await _world.OpenAsync();
        await _world.ApprovedProjectAsync(Other, "Well", "Send me a photo!", "en");

        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "2")
            .ExpectReply(r => r.Should().Contain("1️⃣ Well (Tafraout)").And.Contain("envoyez-moi une photo")
                .And.NotContain("Send me a photo").And.NotContain("[en]"));
    }

    [Fact]
    public async Task Vote_DescriptionTheGlossaryDoesNotKnow_ShownAsWrittenWithoutMark()
    {
        await _world.OpenAsync();
        await _world.ApprovedProjectAsync(Other, "Well", "A deep well for the village school", "en");

        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "2")
            .ExpectReply(r => r.Should().Contain("\n   A deep well for the village school").And.NotContain("[en]"));
    }

    [Fact]
    public async Task Vote_Help_ShowsTheSamePageAgain()
    {
        await _world.OpenAsync();
        for (var i = 1; i <= 7; i++)
        {
            await _world.ApprovedProjectAsync(Other, $"Projet {i}");
        }

        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "2");
        await _flow.Send(Phone, "6");
        await _flow.Send(Phone, "aide")
            .ExpectReply(_ => { })
            .ExpectReply(r => r.Should().Contain("1️⃣ Projet 6").And.Contain("2️⃣ Projet 7")
                .And.NotContain("Projet 5"))
            .ExpectNoMoreReplies();
        await _flow.Send(Phone, "2").ExpectReply(r => r.Should().Contain("« Projet 7 » est compté"));
    }

    [Fact]
    public async Task Vote_BallotDigitInBetween_VotesThenShowsTheListWithOneVoteLess()
    {
        var campaign = await _world.OpenAsync(maxVotes: 3);
        var well = await _world.ApprovedProjectAsync(Other, "Puits");
        await _world.ApprovedProjectAsync(Other, "École");
        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "2").ExpectReply(r => r.Should().Contain("Il vous reste 3 votes"));
        await SendBallotAsync(campaign);

        await _flow.Send(Phone, "1")
            .ExpectReply(r => r.Should().Contain("Puits"))
            .ExpectReply(r => r.Should().Contain("Il vous reste 2 votes").And.Contain("2️⃣ École"))
            .ExpectNoMoreReplies();

        (await _world.Campaigns.MemberVotesAsync(well.CampaignId, Phone)).Should().ContainSingle()
            .Which.ProjectId.Should().Be(well.Id);
        _flow.Person(Phone)!.PendingBallotId.Should().BeNull();
    }

    [Fact]
    public async Task MyVotes_BallotDigitInBetween_ListsTheVotesAgainWithTheNewOne()
    {
        var campaign = await _world.OpenAsync();
        var well = await _world.ApprovedProjectAsync(Other, "Puits");
        await _world.ApprovedProjectAsync(Other, "École");
        await _world.VoteAsync(Phone, well);
        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "3").ExpectReply(r => r.Should().Contain("Vos votes").And.NotContain("École"));
        await SendBallotAsync(campaign);

        await _flow.Send(Phone, "2")
            .ExpectReply(r => r.Should().Contain("École"))
            .ExpectReply(r => r.Should().Contain("Vos votes").And.Contain("1️⃣ Puits")
                .And.Contain("2️⃣ École"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Vote_SevenProjects_PagesByFiveWithMore()
    {
        await _world.OpenAsync();
        for (var i = 1; i <= 7; i++)
        {
            await _world.ApprovedProjectAsync(Other, $"Projet {i}");
        }

        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "2")
            .ExpectReply(r => r.Should().Contain("5️⃣ Projet 5").And.Contain("6️⃣ ➡️ Autres projets")
                .And.NotContain("Projet 6"));
        await _flow.Send(Phone, "6")
            .ExpectReply(r => r.Should().Contain("1️⃣ Projet 6").And.Contain("2️⃣ Projet 7")
                .And.NotContain("Projet 5"));
        await _flow.Send(Phone, "2️⃣").ExpectReply(r => r.Should().Contain("« Projet 7 » est compté"));
    }

    [Fact]
    public async Task Vote_OverTheLimit_OffersToMoveOne()
    {
        await _world.OpenAsync(maxVotes: 1);
        var well = await _world.ApprovedProjectAsync(Other, "Puits");
        var school = await _world.ApprovedProjectAsync(Other, "École");

        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "2");
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "2");
        await _flow.Send(Phone, "2")
            .ExpectReply(r => r.Should().Contain("utilisé votre seul vote").And.Contain("1️⃣ Puits"));
        await _flow.Send(Phone, "1").ExpectReply(r => r.Should().Contain("va maintenant à « École »"));

        var votes = await _world.Campaigns.MemberVotesAsync(well.CampaignId, Phone);
        votes.Should().ContainSingle().Which.ProjectId.Should().Be(school.Id);
    }

    [Fact]
    public async Task MyVotes_Digit_WithdrawsThatVote()
    {
        await _world.OpenAsync();
        var well = await _world.ApprovedProjectAsync(Other, "Puits");
        await _world.VoteAsync(Phone, well);

        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "3").ExpectReply(r => r.Should().Contain("Vos votes").And.Contain("1️⃣ Puits"));
        await _flow.Send(Phone, "1")
            .ExpectReply(r => r.Should().Contain("« Puits » est retiré"))
            .ExpectReply(r => r.Should().Contain("Projets de la communauté"))
            .ExpectNoMoreReplies();

        (await _world.Campaigns.MemberVotesAsync(well.CampaignId, Phone)).Should().BeEmpty();
    }

    [Fact]
    public async Task Standings_ListsProjectsByVotes()
    {
        await _world.OpenAsync();
        await _world.ApprovedProjectAsync(Other, "Puits");
        var school = await _world.ApprovedProjectAsync(Other, "École");
        await _world.VoteAsync(Other, school);

        await _flow.Send(Phone, "projets");
        await _flow.Send(Phone, "4")
            .ExpectReply(r => r.Should().Contain("Classement de « Printemps 2027 »")
                .And.Contain("1. École : 1 🗳️").And.Contain("2. Puits : 0 🗳️"));
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
