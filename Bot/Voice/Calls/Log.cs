using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Projects;

namespace SoukPlay.Bot.Voice.Calls;

internal static partial class Log
{
    [LoggerMessage(EventId = 4501, Level = LogLevel.Information,
        Message = "Call {CallSid} step '{Step}' from {Caller}")]
    public static partial void CallStep(ILogger logger, string callSid, string step, string caller);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Information,
        Message = "Call {CallSid} answered negotiation {NegotiationId}: {Result}; {Messages} messages queued")]
    public static partial void CallAnswered(
        ILogger logger, string callSid, string negotiationId, NegotiationResult result, int messages);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Error,
        Message = "Call {CallSid} step '{Step}' failed; the caller hears an apology")]
    public static partial void CallFailed(ILogger logger, string callSid, string step, Exception exception);

    [LoggerMessage(EventId = 4504, Level = LogLevel.Warning,
        Message = "Call webhook refused: {Reason}")]
    public static partial void CallRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 4505, Level = LogLevel.Information,
        Message = "Call {CallSid} answered ballot {BallotId} for project {ProjectId}: {Result}")]
    public static partial void BallotAnswered(
        ILogger logger, string callSid, string ballotId, string projectId, VoteResult result);
}
