namespace SoukPlay.Bot.Admin;

/// <summary>The JSON body of <c>POST /admin/campaigns</c>.</summary>
public sealed record OpenCampaignBody(string? Title, int? ProjectsToFund, int? MaxVotesPerMember);
