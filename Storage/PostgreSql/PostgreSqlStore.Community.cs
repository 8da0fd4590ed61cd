using Npgsql;
using NpgsqlTypes;
using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>Campaigns, projects, votes, cooperatives and broadcasts.</summary>
public sealed partial class PostgreSqlStore
{
    private const string InCastOrder = "ORDER BY at_ticks, id COLLATE \"C\"";
    private const string OldestInvitationFirst = "ORDER BY invited_ticks, id COLLATE \"C\"";

    public Task<Campaign?> GetCampaignAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Campaign>(id, cancellationToken);

    public Task<Campaign?> FindOpenCampaignAsync(CancellationToken cancellationToken = default) =>
        FirstAsync<Campaign>(
            "WHERE status = @open ORDER BY starts_ticks DESC, id COLLATE \"C\"",
            cancellationToken,
            Parameter("open", nameof(CampaignStatus.Open)));

    public Task<SocialProject?> GetProjectAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<SocialProject>(id, cancellationToken);

    public Task<IReadOnlyList<SocialProject>> ListProjectsAsync(
        string campaignId,
        ProjectStatus? status = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaignId);

        return ListAsync<SocialProject>(
            "WHERE campaign_id = @campaign AND (@status::text IS NULL OR status = @status) "
                + "ORDER BY submitted_ticks, id COLLATE \"C\"",
            cancellationToken,
            Parameter("campaign", campaignId),
            new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)status?.ToString() ?? DBNull.Value });
    }

    public Task<IReadOnlyList<Vote>> ListVotesAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaignId);

        return ListAsync<Vote>(
            $"WHERE campaign_id = @campaign AND NOT withdrawn {InCastOrder}",
            cancellationToken,
            Parameter("campaign", campaignId));
    }

    public Task<IReadOnlyList<Vote>> ListMemberVotesAsync(
        string campaignId,
        string memberId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(campaignId);
        ArgumentNullException.ThrowIfNull(memberId);

        return ListAsync<Vote>(
            $"WHERE campaign_id = @campaign AND member_id = @member {InCastOrder}",
            cancellationToken,
            Parameter("campaign", campaignId),
            Parameter("member", memberId));
    }

    public Task<Cooperative?> GetCooperativeAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Cooperative>(id, cancellationToken);

    public Task<Cooperative?> FindCooperativeByLeaderAsync(
        string leaderId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leaderId);

        return FirstAsync<Cooperative>(
            "WHERE leader_id = @leader ORDER BY created_ticks, id COLLATE \"C\"",
            cancellationToken,
            Parameter("leader", leaderId));
    }

    public Task<Membership?> GetMembershipAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Membership>(id, cancellationToken);

    public Task<IReadOnlyList<Membership>> ListMembershipsAsync(
        string cooperativeId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cooperativeId);

        return ListAsync<Membership>(
            $"WHERE cooperative_id = @cooperative {OldestInvitationFirst}",
            cancellationToken,
            Parameter("cooperative", cooperativeId));
    }

    public Task<IReadOnlyList<Membership>> ListMembershipsOfPersonAsync(
        string personId,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(personId);

        return ListAsync<Membership>(
            $"WHERE person_id = @person {OldestInvitationFirst}",
            cancellationToken,
            Parameter("person", personId));
    }

    public Task<Broadcast?> GetBroadcastAsync(string id, CancellationToken cancellationToken = default) =>
        FindByIdAsync<Broadcast>(id, cancellationToken);
}
