using SoukPlay.Dialogs.Projects;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Projects;

public sealed class CampaignServiceTests : IDisposable
{
    private const string Fatima = "+212600000001";
    private const string Youssef = "+212600000002";
    private const string Anna = "+447700900003";

    private readonly CommunityWorld _world = new();

    public CampaignServiceTests()
    {
        _world.SeedPerson(Fatima, "ary");
        _world.SeedPerson(Youssef, "fr", Channel.Sms);
        _world.SeedPerson(Anna, "en");
    }

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task OpenAsync_NoDuration_EndsThreeMonthsLaterWithDefaultLimit()
    {
        var outcome = await _world.CommitAsync(changes =>
            _world.Campaigns.OpenAsync(new OpenCampaignRequest("Automne"), changes));

        outcome.Result.Should().Be(CommunityResult.Done);
        var stored = (await _world.Store.Inner.FindOpenCampaignAsync())!;
        stored.StartsAt.Should().Be(_world.Clock.GetUtcNow());
        stored.EndsAt.Should().Be(_world.Clock.GetUtcNow().AddMonths(3));
        stored.MaxVotesPerMember.Should().Be(3);
    }

    [Fact]
    public async Task OpenAsync_ConfiguredDuration_UsesIt()
    {
        using var world = new CommunityWorld(new CampaignOptions { Duration = TimeSpan.FromDays(10) });

        var campaign = await world.OpenAsync();

        campaign.EndsAt.Should().Be(world.Clock.GetUtcNow().AddDays(10));
    }

    [Fact]
    public async Task OpenAsync_WhileOneIsOpen_IsAlreadyOpen()
    {
        await _world.OpenAsync();

        var second = await _world.CommitAsync(changes =>
            _world.Campaigns.OpenAsync(new OpenCampaignRequest("Encore"), changes));

        second.Result.Should().Be(CommunityResult.AlreadyOpen);
    }

    [Fact]
    public async Task SubmitAsync_NoOpenCampaign_IsRefused()
    {
        var draft = new ProjectDraft("Puits", "Un puits", "fr", null, "Tiznit", 5000, null);

        var outcome = await _world.CommitAsync(changes => _world.Campaigns.SubmitAsync(Fatima, draft, changes));

        outcome.Result.Should().Be(CommunityResult.NoOpenCampaign);
    }

    [Fact]
    public async Task VoteAsync_PendingProject_IsNotOpenForVotes()
    {
        await _world.OpenAsync();
        var draft = new ProjectDraft("Puits", "Un puits", "fr", null, "Tiznit", 5000, null);
        var pending = await _world.CommitAsync(changes => _world.Campaigns.SubmitAsync(Fatima, draft, changes));

        var result = await _world.VoteAsync(Youssef, pending.Project!);

        result.Should().Be(VoteResult.NotOpenForVotes);
    }

    [Fact]
    public async Task VoteAsync_OverTheLimit_IsRefusedAndMoveSwapsTheVote()
    {
        await _world.OpenAsync(maxVotes: 2);
        var well = await _world.ApprovedProjectAsync(Fatima, "Puits");
        var school = await _world.ApprovedProjectAsync(Fatima, "École");
        var oven = await _world.ApprovedProjectAsync(Fatima, "Four");
        (await _world.VoteAsync(Youssef, well)).Should().Be(VoteResult.Recorded);
        (await _world.VoteAsync(Youssef, school)).Should().Be(VoteResult.Recorded);

        (await _world.VoteAsync(Youssef, oven)).Should().Be(VoteResult.LimitReached);
        var moved = await _world.CommitAsync(changes => _world.Campaigns.MoveAsync(Youssef, well.Id, oven.Id, changes));

        moved.Should().Be(VoteResult.Moved);
        var votes = await _world.Campaigns.MemberVotesAsync(well.CampaignId, Youssef);
        votes.Select(v => v.ProjectId).Should().BeEquivalentTo([school.Id, oven.Id]);
    }

    [Fact]
    public async Task WithdrawAsync_ThenVoteAgain_ReusesTheVoteDocument()
    {
        await _world.OpenAsync();
        var well = await _world.ApprovedProjectAsync(Fatima, "Puits");
        await _world.VoteAsync(Youssef, well);

        var withdrawn = await _world.CommitAsync(changes => _world.Campaigns.WithdrawAsync(Youssef, well.Id, changes));
        var again = await _world.VoteAsync(Youssef, well);

        withdrawn.Should().Be(VoteResult.Withdrawn);
        again.Should().Be(VoteResult.Recorded);
        (await _world.Store.Inner.ListVotesAsync(well.CampaignId)).Should().ContainSingle();
    }

    [Fact]
    public async Task VoteAsync_AfterTheEnd_IsCampaignClosed()
    {
        var campaign = await _world.OpenAsync();
        var well = await _world.ApprovedProjectAsync(Fatima, "Puits");
        _world.Clock.SetUtcNow(campaign.EndsAt);

        var result = await _world.VoteAsync(Youssef, well);

        result.Should().Be(VoteResult.CampaignClosed);
    }

    [Fact]
    public async Task DecideAsync_Approve_TellsTheSubmitterInTheirLanguage()
    {
        await _world.OpenAsync();

        var project = await _world.ApprovedProjectAsync(Fatima, "Puits");

        var message = _world.Store.Outbox().Single(m => m.Kind == CampaignService.DecidedKind);
        message.ToPersonId.Should().Be(Fatima);
        message.Body.Should().Contain("تقبل").And.Contain("Puits");
        project.Status.Should().Be(ProjectStatus.PendingApproval, "the draft object is the one submitted");
        (await _world.Store.Inner.GetProjectAsync(project.Id))!.Status.Should().Be(ProjectStatus.Approved);
    }

    [Fact]
    public async Task DecideAsync_Twice_IsNotPending()
    {
        await _world.OpenAsync();
        var project = await _world.ApprovedProjectAsync(Fatima, "Puits");

        var again = await _world.CommitAsync(changes => _world.Campaigns.DecideAsync(project.Id, false, changes));

        again.Result.Should().Be(CommunityResult.NotPending);
    }

    [Fact]
    public async Task CloseAsync_TiedCounts_RanksWhoReachedTheCountFirst()
    {
        var campaign = await _world.OpenAsync(projectsToFund: 1);
        var well = await _world.ApprovedProjectAsync(Fatima, "Puits");
        var school = await _world.ApprovedProjectAsync(Fatima, "École");
        await _world.VoteAsync(Youssef, school);
        _world.Clock.Advance(TimeSpan.FromHours(1));
        await _world.VoteAsync(Anna, well);

        var closed = await _world.CommitAsync(changes => _world.Campaigns.CloseAsync(campaign.Id, changes));

        closed.Ranking!.Select(s => s.Project.Id).Should().Equal(school.Id, well.Id);
        var stored = (await _world.Store.Inner.GetCampaignAsync(campaign.Id))!;
        stored.Status.Should().Be(CampaignStatus.Closed);
        stored.Ranking.Should().Equal(school.Id, well.Id);
    }

    [Fact]
    public async Task CloseAsync_AnnouncesWinnersToEveryParticipantInTheirLanguage()
    {
        var campaign = await _world.OpenAsync(projectsToFund: 1);
        var well = await _world.ApprovedProjectAsync(Fatima, "Puits");
        await _world.ApprovedProjectAsync(Fatima, "École");
        await _world.VoteAsync(Youssef, well);
        await _world.VoteAsync(Anna, well);

        await _world.CommitAsync(changes => _world.Campaigns.CloseAsync(campaign.Id, changes));

        var announced = _world.Store.Outbox().Where(m => m.Kind == CampaignService.ClosedKind).ToList();
        announced.Select(m => m.ToPersonId).Should().BeEquivalentTo([Fatima, Youssef, Anna]);
        announced.Single(m => m.ToPersonId == Fatima).Body.Should().Contain("سالات").And.Contain("1. Puits (2)");
        announced.Single(m => m.ToPersonId == Youssef).Body.Should().Contain("est terminée");
        announced.Single(m => m.ToPersonId == Youssef).Channel.Should().Be(Channel.Sms);
        announced.Single(m => m.ToPersonId == Anna).Body.Should().Contain("is over").And.NotContain("École");
    }

    [Fact]
    public async Task CloseAsync_Twice_IsAlreadyClosedAndAnnouncesOnce()
    {
        var campaign = await _world.OpenAsync();
        var well = await _world.ApprovedProjectAsync(Fatima, "Puits");
        await _world.VoteAsync(Youssef, well);
        await _world.CommitAsync(changes => _world.Campaigns.CloseAsync(campaign.Id, changes));

        var again = await _world.CommitAsync(changes => _world.Campaigns.CloseAsync(campaign.Id, changes));

        again.Result.Should().Be(CommunityResult.AlreadyClosed);
        _world.Store.Outbox().Count(m => m.Kind == CampaignService.ClosedKind).Should().Be(2);
    }
}
