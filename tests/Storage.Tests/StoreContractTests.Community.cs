using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task CommitAsync_Campaign_ReadsBackRankingInOrderAndExactTimes()
    {
        await Store.CommitAsync(CommunitySamples.Campaign());

        var read = await Store.Community.GetCampaignAsync("c-1");

        read.Should().BeEquivalentTo(CommunitySamples.Campaign(), options => Exactly(options).WithStrictOrdering());
        read!.Version.Should().Be(1);
    }

    [SkippableFact]
    public async Task CommitAsync_SocialProject_ReadsBackTextAmountAndNulls()
    {
        await Store.CommitAsync(CommunitySamples.Project());

        var read = await Store.Community.GetProjectAsync("sp-1");

        read.Should().BeEquivalentTo(CommunitySamples.Project(), Exactly);
        read!.Description.Should().Be("  Un puits pour le douar,\nprès de l'école  ");
        read.PhotoUrl.Should().BeNull();
    }

    [SkippableFact]
    public async Task CommitAsync_WithdrawnVote_ReadsBackEveryField()
    {
        await Store.CommitAsync(CommunitySamples.Vote(withdrawn: true));

        var read = await Store.Community.ListMemberVotesAsync("c-1", "+212611111111");

        read.Should().ContainSingle().Which.Should().BeEquivalentTo(
            CommunitySamples.Vote(withdrawn: true),
            Exactly);
    }

    [SkippableFact]
    public async Task CommitAsync_Cooperative_ReadsBackEveryField()
    {
        await Store.CommitAsync(CommunitySamples.Cooperative());

        var read = await Store.Community.GetCooperativeAsync("coop-1");

        read.Should().BeEquivalentTo(CommunitySamples.Cooperative(), Exactly);
    }

    [SkippableFact]
    public async Task CommitAsync_Membership_ReadsBackEveryField()
    {
        var membership = CommunitySamples.Membership();

        await Store.CommitAsync(membership);

        var read = await Store.Community.GetMembershipAsync("coop-1:+212633333333");
        read.Should().BeEquivalentTo(CommunitySamples.Membership(), Exactly);
        read!.Id.Should().Be(membership.Id);
    }

    [SkippableFact]
    public async Task CommitAsync_Broadcast_ReadsBackEveryField()
    {
        await Store.CommitAsync(CommunitySamples.Broadcast());

        var read = await Store.Community.GetBroadcastAsync("b-1");

        read.Should().BeEquivalentTo(CommunitySamples.Broadcast(), Exactly);
    }

    [SkippableFact]
    public async Task GetAsync_UnknownCommunityIds_ReturnNull()
    {
        (await Store.Community.GetCampaignAsync("c-0")).Should().BeNull();
        (await Store.Community.GetProjectAsync("sp-0")).Should().BeNull();
        (await Store.Community.GetCooperativeAsync("coop-0")).Should().BeNull();
        (await Store.Community.GetMembershipAsync("coop-0:+0")).Should().BeNull();
        (await Store.Community.GetBroadcastAsync("b-0")).Should().BeNull();
        (await Store.Community.FindOpenCampaignAsync()).Should().BeNull();
        (await Store.Community.FindCooperativeByLeaderAsync("+0")).Should().BeNull();
    }

    [SkippableFact]
    public async Task OpenStore_AfterRestart_FindsEveryCommunityEntity()
    {
        await Store.CommitAsync(
            CommunitySamples.Campaign(),
            CommunitySamples.Project(),
            CommunitySamples.Vote(),
            CommunitySamples.Cooperative(),
            CommunitySamples.Membership(),
            CommunitySamples.Broadcast());

        var store = Restart();

        (await store.Community.GetCampaignAsync("c-1"))
            .Should().BeEquivalentTo(CommunitySamples.Campaign(), Exactly);
        (await store.Community.GetProjectAsync("sp-1"))
            .Should().BeEquivalentTo(CommunitySamples.Project(), Exactly);
        (await store.Community.ListVotesAsync("c-1"))
            .Should().ContainSingle().Which.Should().BeEquivalentTo(CommunitySamples.Vote(), Exactly);
        (await store.Community.FindCooperativeByLeaderAsync("+212622222222"))
            .Should().BeEquivalentTo(CommunitySamples.Cooperative(), Exactly);
        (await store.Community.ListMembershipsOfPersonAsync("+212633333333"))
            .Should().ContainSingle().Which.Should().BeEquivalentTo(CommunitySamples.Membership(), Exactly);
        (await store.Community.GetBroadcastAsync("b-1"))
            .Should().BeEquivalentTo(CommunitySamples.Broadcast(), Exactly);
    }

    [SkippableFact]
    public async Task FindOpenCampaignAsync_SeveralCampaigns_ReturnsTheNewestOpenOne()
    {
        await Store.CommitAsync(
            CommunitySamples.Campaign("old-open", CampaignStatus.Open, Samples.Morning.AddYears(-1)),
            CommunitySamples.Campaign("new-open", CampaignStatus.Open, Samples.Morning),
            CommunitySamples.Campaign("newer-closed", CampaignStatus.Closed, Samples.Morning.AddDays(1)));

        var open = await Store.Community.FindOpenCampaignAsync();

        open!.Id.Should().Be("new-open");
    }

    [SkippableFact]
    public async Task ListProjectsAsync_NoStatus_ReturnsTheCampaignsProjectsOldestFirst()
    {
        var asia = TimeSpan.FromHours(9);
        await Store.CommitAsync(
            CommunitySamples.Project("late", submittedAt: Samples.Morning.AddDays(2)),
            CommunitySamples.Project("pending", status: ProjectStatus.PendingApproval),
            CommunitySamples.Project("early", submittedAt: Samples.Morning.AddDays(-1).ToOffset(asia)),
            CommunitySamples.Project(
                "rejected",
                status: ProjectStatus.Rejected,
                submittedAt: Samples.Morning.AddDays(1)),
            CommunitySamples.Project("other-campaign", campaignId: "c-2"));

        var projects = await Store.Community.ListProjectsAsync("c-1");

        projects.Select(p => p.Id).Should().Equal("early", "pending", "rejected", "late");
    }

    [SkippableTheory]
    [InlineData(ProjectStatus.Approved, new[] { "a-early", "a-late" })]
    [InlineData(ProjectStatus.PendingApproval, new[] { "pending" })]
    [InlineData(ProjectStatus.Rejected, new string[0])]
    public async Task ListProjectsAsync_WithStatus_ReturnsOnlyThatStatusOldestFirst(
        ProjectStatus status,
        string[] expected)
    {
        await Store.CommitAsync(
            CommunitySamples.Project("a-late", submittedAt: Samples.Morning.AddHours(1)),
            CommunitySamples.Project("pending", status: ProjectStatus.PendingApproval),
            CommunitySamples.Project("a-early", submittedAt: Samples.Morning),
            CommunitySamples.Project("other-campaign", campaignId: "c-2", status: status));

        var projects = await Store.Community.ListProjectsAsync("c-1", status);

        projects.Select(p => p.Id).Should().Equal(expected);
    }

    [SkippableFact]
    public async Task FindCooperativeByLeaderAsync_TwoLeaders_FindsTheLeadersOwn()
    {
        await Store.CommitAsync(
            CommunitySamples.Cooperative("coop-a", leaderId: "+212600000001"),
            CommunitySamples.Cooperative("coop-b", leaderId: "+212600000002"));

        var found = await Store.Community.FindCooperativeByLeaderAsync("+212600000002");

        found!.Id.Should().Be("coop-b");
    }

    [SkippableFact]
    public async Task ListMembershipsAsync_SeveralCooperatives_ReturnsTheCooperativesOldestInvitationFirst()
    {
        var morning = Samples.Morning;
        await Store.CommitAsync(
            CommunitySamples.Membership("+2", status: MembershipStatus.Active, invitedAt: morning.AddHours(2)),
            CommunitySamples.Membership("+1", status: MembershipStatus.Invited, invitedAt: morning),
            CommunitySamples.Membership("+3", status: MembershipStatus.Removed, invitedAt: morning.AddHours(1)),
            CommunitySamples.Membership("+1", cooperativeId: "coop-2"));

        var memberships = await Store.Community.ListMembershipsAsync("coop-1");

        memberships.Select(m => m.PersonId).Should().Equal("+1", "+3", "+2");
    }

    [SkippableFact]
    public async Task ListMembershipsOfPersonAsync_MemberOfSeveral_ReturnsTheirsOldestFirst()
    {
        await Store.CommitAsync(
            CommunitySamples.Membership("+1", cooperativeId: "coop-b", invitedAt: Samples.Morning.AddDays(1)),
            CommunitySamples.Membership("+1", cooperativeId: "coop-a", invitedAt: Samples.Morning.AddDays(2)),
            CommunitySamples.Membership("+1", cooperativeId: "coop-c", invitedAt: Samples.Morning),
            CommunitySamples.Membership("+2", cooperativeId: "coop-a"));

        var memberships = await Store.Community.ListMembershipsOfPersonAsync("+1");

        memberships.Select(m => m.CooperativeId).Should().Equal("coop-c", "coop-b", "coop-a");
    }
}
