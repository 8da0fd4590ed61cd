using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <remarks>
/// Each vote method reads the stored votes, so use one of them per change set: two in one
/// change set would not see each other (<see cref="MoveAsync"/> is the one way to do both).
/// </remarks>
public sealed partial class CampaignService
{
    /// <summary>Records the member's vote for the project, within the campaign's limit.</summary>
    public async Task<VoteResult> VoteAsync(
        string memberId,
        string projectId,
        ChangeSet changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        ArgumentNullException.ThrowIfNull(changes);

        var (campaign, project) = await FindAsync(projectId, cancellationToken);
        if (campaign is null || project is null)
        {
            return VoteResult.NotOpenForVotes;
        }

        var all = await _community.ListMemberVotesAsync(campaign.Id, memberId, cancellationToken);
        var standing = Standing(all);
        var result = VoteRules.CanVote(campaign, project, standing, _time.GetUtcNow());
        if (result == VoteResult.Recorded)
        {
            Cast(campaign, memberId, project.Id, all, changes);
        }

        Log.VoteHandled(_logger, projectId, result);
        return result;
    }

    /// <summary>Takes the member's vote for the project back.</summary>
    public async Task<VoteResult> WithdrawAsync(
        string memberId,
        string projectId,
        ChangeSet changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        ArgumentNullException.ThrowIfNull(changes);

        var (campaign, _) = await FindAsync(projectId, cancellationToken);
        if (campaign is null)
        {
            return VoteResult.NoSuchVote;
        }

        var all = await _community.ListMemberVotesAsync(campaign.Id, memberId, cancellationToken);
        var result = VoteRules.CanWithdraw(campaign, projectId, Standing(all), _time.GetUtcNow());
        if (result == VoteResult.Withdrawn)
        {
            var vote = Latest(all, Vote.IdFor(campaign.Id, memberId, projectId))!;
            vote.Withdrawn = true;
            changes.Put(vote);
        }

        return result;
    }

    /// <summary>Moves the member's vote from one project to another, in one change.</summary>
    public async Task<VoteResult> MoveAsync(
        string memberId,
        string fromProjectId,
        string toProjectId,
        ChangeSet changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(memberId);
        ArgumentNullException.ThrowIfNull(changes);

        var (campaign, target) = await FindAsync(toProjectId, cancellationToken);
        if (campaign is null || target is null)
        {
            return VoteResult.NotOpenForVotes;
        }

        var now = _time.GetUtcNow();
        var all = await _community.ListMemberVotesAsync(campaign.Id, memberId, cancellationToken);
        var standing = Standing(all);
        var withdraw = VoteRules.CanWithdraw(campaign, fromProjectId, standing, now);
        if (withdraw != VoteResult.Withdrawn)
        {
            return withdraw;
        }

        var rest = standing.Where(v => v.ProjectId != fromProjectId).ToList();
        var vote = VoteRules.CanVote(campaign, target, rest, now);
        if (vote != VoteResult.Recorded)
        {
            return vote;
        }

        var old = Latest(all, Vote.IdFor(campaign.Id, memberId, fromProjectId))!;
        old.Withdrawn = true;
        changes.Put(old);
        Cast(campaign, memberId, target.Id, all, changes);
        return VoteResult.Moved;
    }

    /// <summary>The member's standing votes in the campaign, oldest first.</summary>
    public async Task<IReadOnlyList<Vote>> MemberVotesAsync(
        string campaignId,
        string memberId,
        CancellationToken cancellationToken = default)
    {
        var all = await _community.ListMemberVotesAsync(campaignId, memberId, cancellationToken);
        return [.. all.Where(v => !v.Withdrawn)];
    }

    /// <summary>
    /// The member's standing votes as this turn will leave them: the stored ones with the votes
    /// <paramref name="pending"/> puts (not committed yet) laid over them, oldest first.
    /// </summary>
    public async Task<IReadOnlyList<Vote>> MemberVotesAsync(
        string campaignId,
        string memberId,
        ChangeSet pending,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pending);

        var stored = await _community.ListMemberVotesAsync(campaignId, memberId, cancellationToken);
        var latest = stored.ToDictionary(v => v.Id, StringComparer.Ordinal);
        foreach (var vote in pending.Puts.OfType<Vote>()
            .Where(v => v.CampaignId == campaignId && v.MemberId == memberId))
        {
            latest[vote.Id] = vote;
        }

        return [.. latest.Values.Where(v => !v.Withdrawn).OrderBy(v => v.At)];
    }

    private async Task<(Campaign? Campaign, SocialProject? Project)> FindAsync(
        string projectId,
        CancellationToken cancellationToken)
    {
        var project = await _community.GetProjectAsync(projectId, cancellationToken);
        var campaign = project is null
            ? null
            : await _community.GetCampaignAsync(project.CampaignId, cancellationToken);
        return (campaign, project);
    }

    private static List<Vote> Standing(IReadOnlyList<Vote> stored) => [.. stored.Where(v => !v.Withdrawn)];

    private static Vote? Latest(IReadOnlyList<Vote> stored, string id) => stored.FirstOrDefault(v => v.Id == id);

    private void Cast(
        Campaign campaign,
        string memberId,
        string projectId,
        IReadOnlyList<Vote> all,
        ChangeSet changes)
    {
        var id = Vote.IdFor(campaign.Id, memberId, projectId);
        var vote = Latest(all, id) ?? new Vote
        {
            Id = id,
            CampaignId = campaign.Id,
            MemberId = memberId,
            ProjectId = projectId,
        };
        vote.Withdrawn = false;
        vote.At = _time.GetUtcNow();
        changes.Put(vote);
    }
}
