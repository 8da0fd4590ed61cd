using SoukPlay.Storage.Model;

namespace SoukPlay.Storage;

/// <summary>Reads campaigns, social projects, votes and cooperatives; writes go through a <see cref="ChangeSet"/>.</summary>
public interface ICommunityStore
{
    Task<Campaign?> GetCampaignAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The newest campaign whose status is open, if any.</summary>
    Task<Campaign?> FindOpenCampaignAsync(CancellationToken cancellationToken = default);

    Task<SocialProject?> GetProjectAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The campaign's projects, oldest submission first; every status when none is given.</summary>
    Task<IReadOnlyList<SocialProject>> ListProjectsAsync(
        string campaignId,
        ProjectStatus? status = null,
        CancellationToken cancellationToken = default);

    /// <summary>Standing (not withdrawn) votes of the campaign, oldest cast first.</summary>
    Task<IReadOnlyList<Vote>> ListVotesAsync(string campaignId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every vote document of one member in the campaign, withdrawn ones included, oldest cast first.
    /// </summary>
    Task<IReadOnlyList<Vote>> ListMemberVotesAsync(
        string campaignId,
        string memberId,
        CancellationToken cancellationToken = default);

    Task<Cooperative?> GetCooperativeAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The cooperative the person leads; the oldest if they lead several.</summary>
    Task<Cooperative?> FindCooperativeByLeaderAsync(
        string leaderId,
        CancellationToken cancellationToken = default);

    Task<Membership?> GetMembershipAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The cooperative's memberships of every status, oldest invitation first.</summary>
    Task<IReadOnlyList<Membership>> ListMembershipsAsync(
        string cooperativeId,
        CancellationToken cancellationToken = default);

    /// <summary>The person's memberships of every status, oldest invitation first.</summary>
    Task<IReadOnlyList<Membership>> ListMembershipsOfPersonAsync(
        string personId,
        CancellationToken cancellationToken = default);

    Task<Broadcast?> GetBroadcastAsync(string id, CancellationToken cancellationToken = default);
}
