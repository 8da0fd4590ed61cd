namespace SoukPlay.Storage.Model;

/// <summary>A three-month period in which members submit social projects and vote for them.</summary>
public sealed class Campaign : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string Title { get; set; } = "";

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    /// <summary>How many of the most-voted projects are co-financed.</summary>
    public int ProjectsToFund { get; set; }

    /// <summary>How many projects one member may vote for in this campaign.</summary>
    public int MaxVotesPerMember { get; set; }

    public CampaignStatus Status { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Project ids from first to last, fixed when the campaign closes.</summary>
    public List<string> Ranking { get; set; } = [];
}
