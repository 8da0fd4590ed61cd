using Microsoft.Extensions.Logging;
using SoukPlay.Dialogs.Language.Translation;

namespace SoukPlay.Dialogs.Projects;

/// <summary>Log events of campaigns, projects and votes. Ids only; never texts or full numbers.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Information,
        Message = "Campaign {CampaignId} opened until {EndsAt}")]
    public static partial void CampaignOpened(ILogger logger, string campaignId, DateTimeOffset endsAt);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information,
        Message = "Campaign {CampaignId} closed: {Projects} projects ranked, {Participants} participants told")]
    public static partial void CampaignClosed(ILogger logger, string campaignId, int projects, int participants);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information,
        Message = "Project {ProjectId} submitted to campaign {CampaignId}")]
    public static partial void ProjectSubmitted(ILogger logger, string projectId, string campaignId);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information,
        Message = "Project {ProjectId} decided: approved={Approved}")]
    public static partial void ProjectDecided(ILogger logger, string projectId, bool approved);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Debug,
        Message = "Vote for project {ProjectId}: {Result}")]
    public static partial void VoteHandled(ILogger logger, string projectId, VoteResult result);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Debug,
        Message = "The {Part} of project {ProjectId} shown as written ({From} to {To}: {Outcome})")]
    public static partial void TextUntranslated(
        ILogger logger, string part, string projectId, string from, string to, TranslationOutcome outcome);
}
