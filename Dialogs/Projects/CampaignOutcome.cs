using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <summary>The result of opening or closing a campaign; the ranking is filled by a close.</summary>
public sealed record CampaignOutcome(
    CommunityResult Result,
    Campaign? Campaign = null,
    IReadOnlyList<ProjectStanding>? Ranking = null);
