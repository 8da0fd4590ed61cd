namespace SoukPlay.Dialogs.Projects;

/// <summary>What an administrator gives to open a campaign; unset numbers take the configured defaults.</summary>
public sealed record OpenCampaignRequest(
    string Title,
    int? ProjectsToFund = null,
    int? MaxVotesPerMember = null);
