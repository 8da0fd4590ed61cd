namespace SoukPlay.Storage.Model;

/// <summary>
/// One member's vote for one project. The id is <c>{campaign}:{member}:{project}</c>, so a second
/// vote for the same project is the same document.
/// </summary>
public sealed class Vote : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string CampaignId { get; set; } = "";

    public string MemberId { get; set; } = "";

    public string ProjectId { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public static string IdFor(string campaignId, string memberId, string projectId) =>
        $"{campaignId}:{memberId}:{projectId}";
}
