using SoukPlay.Dialogs.Projects;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Admin;

/// <summary>A campaign as the admin endpoints show it; the ranking once closed.</summary>
public sealed record CampaignView(
    string Id,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int ProjectsToFund,
    int MaxVotesPerMember,
    string Status,
    IReadOnlyList<RankingEntryView> Ranking)
{
    public static CampaignView From(Campaign campaign, IReadOnlyList<ProjectStanding>? ranking = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);

        return new CampaignView(
            campaign.Id,
            campaign.Title,
            campaign.StartsAt,
            campaign.EndsAt,
            campaign.ProjectsToFund,
            campaign.MaxVotesPerMember,
            campaign.Status.ToString(),
            [.. (ranking ?? []).Select((s, i) => new RankingEntryView(i + 1, s.Project.Id, s.Project.Title, s.Votes))]);
    }
}
