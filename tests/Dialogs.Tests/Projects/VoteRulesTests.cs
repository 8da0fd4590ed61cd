using SoukPlay.Dialogs.Projects;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Projects;

public sealed class VoteRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Campaign Campaign = new()
    {
        Id = "C1",
        StartsAt = Start,
        EndsAt = Start.AddMonths(3),
        MaxVotesPerMember = 3,
        ProjectsToFund = 2,
        Status = CampaignStatus.Open,
    };

    [Fact]
    public void CanVote_FirstVoteForApprovedProject_Records()
    {
        var result = VoteRules.CanVote(Campaign, Project("P1"), [], Start.AddDays(1));

        result.Should().Be(VoteResult.Recorded);
    }

    [Fact]
    public void CanVote_SameProjectTwice_IsAlreadyVoted()
    {
        var votes = new[] { VoteFor("P1", Start.AddDays(1)) };

        var result = VoteRules.CanVote(Campaign, Project("P1"), votes, Start.AddDays(2));

        result.Should().Be(VoteResult.AlreadyVoted);
    }

    [Fact]
    public void CanVote_FourthProjectWithLimitThree_IsLimitReached()
    {
        var votes = new[] { VoteFor("P1", Start), VoteFor("P2", Start), VoteFor("P3", Start) };

        var result = VoteRules.CanVote(Campaign, Project("P4"), votes, Start.AddDays(2));

        result.Should().Be(VoteResult.LimitReached);
    }

    [Fact]
    public void CanVote_AfterWithdrawingOne_RecordsAgain()
    {
        var votes = new List<Vote> { VoteFor("P1", Start), VoteFor("P2", Start), VoteFor("P3", Start) };
        VoteRules.CanWithdraw(Campaign, "P2", votes, Start.AddDays(1)).Should().Be(VoteResult.Withdrawn);
        votes.RemoveAll(v => v.ProjectId == "P2");

        var result = VoteRules.CanVote(Campaign, Project("P4"), votes, Start.AddDays(2));

        result.Should().Be(VoteResult.Recorded);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(92)]
    public void CanVote_OutsideTheCampaign_IsClosed(int day)
    {
        var result = VoteRules.CanVote(Campaign, Project("P1"), [], Start.AddDays(day));

        result.Should().Be(VoteResult.CampaignClosed);
    }

    [Fact]
    public void CanVote_ClosedCampaign_IsClosedEvenBeforeItsEnd()
    {
        var closed = new Campaign
        {
            Id = "C1", StartsAt = Start, EndsAt = Start.AddMonths(3), Status = CampaignStatus.Closed,
            MaxVotesPerMember = 3,
        };

        VoteRules.CanVote(closed, Project("P1"), [], Start.AddDays(3)).Should().Be(VoteResult.CampaignClosed);
        VoteRules.CanWithdraw(closed, "P1", [VoteFor("P1", Start)], Start.AddDays(3))
            .Should().Be(VoteResult.CampaignClosed);
    }

    [Theory]
    [InlineData(ProjectStatus.PendingApproval)]
    [InlineData(ProjectStatus.Rejected)]
    public void CanVote_ProjectNotApproved_IsNotOpenForVotes(ProjectStatus status)
    {
        var project = Project("P1");
        project.Status = status;

        VoteRules.CanVote(Campaign, project, [], Start.AddDays(1)).Should().Be(VoteResult.NotOpenForVotes);
    }

    [Fact]
    public void CanWithdraw_NoVote_IsNoSuchVote()
    {
        VoteRules.CanWithdraw(Campaign, "P9", [VoteFor("P1", Start)], Start.AddDays(1))
            .Should().Be(VoteResult.NoSuchVote);
    }

    [Fact]
    public void Rank_MostVotesFirst()
    {
        var votes = new[]
        {
            VoteFor("P2", Start.AddHours(1), "m1"), VoteFor("P2", Start.AddHours(2), "m2"),
            VoteFor("P1", Start.AddHours(3), "m1"),
        };

        var ranking = VoteRules.Rank([Project("P1"), Project("P2"), Project("P3")], votes);

        ranking.Select(s => (s.Project.Id, s.Votes)).Should().Equal(("P2", 2), ("P1", 1), ("P3", 0));
    }

    [Fact]
    public void Rank_TiedCounts_ProjectThatReachedTheCountFirstWins()
    {
        var votes = new[]
        {
            VoteFor("P1", Start.AddHours(1), "m1"), VoteFor("P2", Start.AddHours(2), "m1"),
            VoteFor("P2", Start.AddHours(3), "m2"), VoteFor("P1", Start.AddHours(5), "m2"),
        };

        var ranking = VoteRules.Rank([Project("P1"), Project("P2")], votes);

        ranking.Select(s => s.Project.Id).Should().Equal("P2", "P1");
        ranking[0].ReachedAt.Should().Be(Start.AddHours(3));
    }

    [Fact]
    public void Rank_LeavesOutProjectsNotApproved()
    {
        var pending = Project("P9");
        pending.Status = ProjectStatus.PendingApproval;

        var ranking = VoteRules.Rank([Project("P1"), pending], [VoteFor("P9", Start, "m1")]);

        ranking.Select(s => s.Project.Id).Should().Equal("P1");
    }

    private static SocialProject Project(string id) => new()
    {
        Id = id, CampaignId = "C1", Status = ProjectStatus.Approved, SubmittedAt = Start,
    };

    private static Vote VoteFor(string projectId, DateTimeOffset at, string member = "m1") => new()
    {
        Id = Vote.IdFor("C1", member, projectId), CampaignId = "C1", MemberId = member,
        ProjectId = projectId, At = at,
    };
}
