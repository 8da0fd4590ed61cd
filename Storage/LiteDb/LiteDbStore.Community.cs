using SoukPlay.Storage.Model;
using static SoukPlay.Storage.LiteDb.LiteDbIndexes;

namespace SoukPlay.Storage.LiteDb;

/// <summary>Campaigns, social projects, votes, cooperatives, memberships and broadcasts.</summary>
public sealed partial class LiteDbStore
{
    public Task<Campaign?> GetCampaignAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Campaign>(id, cancellationToken);

    public Task<Campaign?> FindOpenCampaignAsync(CancellationToken cancellationToken = default) =>
        RunAsync(
            () => Collection<Campaign>()
                .Query()
                .Where("$.Status = @0", Bson(CampaignStatus.Open))
                .ToEnumerable()
                .OrderByDescending(campaign => campaign.StartsAt)
                .ThenBy(campaign => campaign.Id, StringComparer.Ordinal)
                .FirstOrDefault(),
            cancellationToken);

    public Task<SocialProject?> GetProjectAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<SocialProject>(id, cancellationToken);

    public Task<IReadOnlyList<SocialProject>> ListProjectsAsync(
        string campaignId,
        ProjectStatus? status = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaignId);

        return RunAsync<IReadOnlyList<SocialProject>>(
            () => [
                .. ProjectsOf(campaignId, status)
                    .OrderBy(project => project.SubmittedAt)
                    .ThenBy(project => project.Id, StringComparer.Ordinal),
            ],
            cancellationToken);
    }

    public Task<IReadOnlyList<Vote>> ListVotesAsync(
        string campaignId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaignId);

        return RunAsync(
            () => InCastOrder(
                Collection<Vote>()
                    .Query()
                    .Where("$.CampaignId = @0", campaignId)
                    .Where("$.Withdrawn = false")
                    .ToList()),
            cancellationToken);
    }

    public Task<IReadOnlyList<Vote>> ListMemberVotesAsync(
        string campaignId,
        string memberId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaignId);
        ArgumentNullException.ThrowIfNull(memberId);

        // The compound predicate comes first: among equally cheap indexes LiteDB takes the first.
        return RunAsync(
            () => InCastOrder(
                Collection<Vote>()
                    .Query()
                    .Where($"{VoteCampaignMember} = @0", CompoundKey(campaignId, memberId))
                    .Where("$.CampaignId = @0", campaignId)
                    .Where("$.MemberId = @0", memberId)
                    .ToList()),
            cancellationToken);
    }

    public Task<Cooperative?> GetCooperativeAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Cooperative>(id, cancellationToken);

    public Task<Cooperative?> FindCooperativeByLeaderAsync(
        string leaderId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leaderId);

        return RunAsync(
            () => Collection<Cooperative>()
                .Query()
                .Where("$.LeaderId = @0", leaderId)
                .ToEnumerable()
                .OrderBy(cooperative => cooperative.CreatedAt)
                .ThenBy(cooperative => cooperative.Id, StringComparer.Ordinal)
                .FirstOrDefault(),
            cancellationToken);
    }

    public Task<Membership?> GetMembershipAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Membership>(id, cancellationToken);

    public Task<IReadOnlyList<Membership>> ListMembershipsAsync(
        string cooperativeId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperativeId);

        return RunAsync(() => MembershipsWhere("$.CooperativeId = @0", cooperativeId), cancellationToken);
    }

    public Task<IReadOnlyList<Membership>> ListMembershipsOfPersonAsync(
        string personId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);

        return RunAsync(() => MembershipsWhere("$.PersonId = @0", personId), cancellationToken);
    }

    public Task<Broadcast?> GetBroadcastAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Broadcast>(id, cancellationToken);

    private List<SocialProject> ProjectsOf(string campaignId, ProjectStatus? status)
    {
        var query = Collection<SocialProject>().Query();

        if (status is { } wanted)
        {
            var statusValue = Bson(wanted);
            query = query
                .Where($"{ProjectCampaignStatus} = @0", CompoundKey(campaignId, statusValue.AsString))
                .Where("$.Status = @0", statusValue);
        }

        return query.Where("$.CampaignId = @0", campaignId).ToList();
    }

    private IReadOnlyList<Membership> MembershipsWhere(string predicate, string id) =>
        [
            .. Collection<Membership>()
                .Query()
                .Where(predicate, id)
                .ToEnumerable()
                .OrderBy(membership => membership.InvitedAt)
                .ThenBy(membership => membership.Id, StringComparer.Ordinal),
        ];

    private static IReadOnlyList<Vote> InCastOrder(List<Vote> votes) =>
        [.. votes.OrderBy(vote => vote.At).ThenBy(vote => vote.Id, StringComparer.Ordinal)];
}
