using System.ComponentModel.DataAnnotations;

namespace SoukPlay.Dialogs.Projects;

/// <summary>The campaign defaults an operator may tune (section <c>Campaigns</c>).</summary>
public sealed class CampaignOptions
{
    public const string SectionName = "Campaigns";

    /// <summary>How long a campaign runs; when unset, three calendar months from its start.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "400.00:00:00")]
    public TimeSpan? Duration { get; set; }

    /// <summary>How many projects a member may vote for, unless the administrator says otherwise.</summary>
    [Range(1, 20)]
    public int MaxVotesPerMember { get; set; } = 3;

    /// <summary>How many of the most-voted projects are co-financed, unless said otherwise.</summary>
    [Range(1, 100)]
    public int ProjectsToFund { get; set; } = 3;
}
