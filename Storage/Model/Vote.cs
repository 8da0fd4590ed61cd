namespace SoukPlay.Storage.Model;

/// <summary>
/// One member's vote for one project. The id is <c>{campaign}:{member}:{project}</c>, so a second
/// vote for the same project is the same document, and withdrawing keeps it, marked.
/// </summary>
public sealed class Vote : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string CampaignId { get; set; } = "";

    public string MemberId { get; set; } = "";

    public string ProjectId { get; set; } = "";

    /// <summary>When the member cast (or last re-cast) this vote.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Set when the member took the vote back; a withdrawn vote counts for nothing.</summary>
    public bool Withdrawn { get; set; }

    public static string IdFor(string campaignId, string memberId, string projectId) =>
        $"{campaignId}:{memberId}:{projectId}";
}
