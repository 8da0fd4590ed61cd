using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <summary>
/// The vote rules, free of storage: one vote per member per project, at most
/// <see cref="Campaign.MaxVotesPerMember"/> projects per member per campaign, changeable (withdrawn
/// or moved) until the campaign closes, refused after.
/// </summary>
public static class VoteRules
{
    /// <summary>Whether the campaign takes votes at <paramref name="now"/>.</summary>
    public static bool IsOpen(Campaign campaign, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return campaign.Status == CampaignStatus.Open && now >= campaign.StartsAt && now < campaign.EndsAt;
    }

    /// <summary>Whether a member with <paramref name="memberVotes"/> in this campaign may vote for the project.</summary>
    public static VoteResult CanVote(
        Campaign campaign,
        SocialProject project,
        IReadOnlyCollection<Vote> memberVotes,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(memberVotes);

        if (!IsOpen(campaign, now))
        {
            return VoteResult.CampaignClosed;
        }

        if (project.Status != ProjectStatus.Approved || project.CampaignId != campaign.Id)
        {
            return VoteResult.NotOpenForVotes;
        }

        if (memberVotes.Any(v => v.ProjectId == project.Id))
        {
            return VoteResult.AlreadyVoted;
        }

        return memberVotes.Count >= campaign.MaxVotesPerMember ? VoteResult.LimitReached : VoteResult.Recorded;
    }

    public static VoteResult CanWithdraw(
        Campaign campaign,
        string projectId,
        IReadOnlyCollection<Vote> memberVotes,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(memberVotes);

        if (!IsOpen(campaign, now))
        {
            return VoteResult.CampaignClosed;
        }

        return memberVotes.Any(v => v.ProjectId == projectId) ? VoteResult.Withdrawn : VoteResult.NoSuchVote;
    }

    /// <summary>
    /// Orders the approved projects by votes, most first. Equal counts go to the project that
    /// reached its count first: the one whose last standing vote is the oldest. Projects without
    /// votes come last, oldest submission first.
    /// </summary>
    public static IReadOnlyList<ProjectStanding> Rank(
        IEnumerable<SocialProject> projects,
        IEnumerable<Vote> votes)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(votes);

        var byProject = votes.GroupBy(v => v.ProjectId).ToDictionary(g => g.Key, g => g.ToList());
        return projects
            .Where(p => p.Status == ProjectStatus.Approved)
            .Select(p => Standing(p, byProject.GetValueOrDefault(p.Id)))
            .OrderByDescending(s => s.Votes)
            .ThenBy(s => s.ReachedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(s => s.Project.SubmittedAt)
            .ThenBy(s => s.Project.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static ProjectStanding Standing(SocialProject project, List<Vote>? votes) =>
        votes is null or { Count: 0 }
            ? new ProjectStanding(project, 0, null)
            : new ProjectStanding(project, votes.Count, votes.Max(v => v.At));
}
