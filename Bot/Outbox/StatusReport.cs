using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>One status callback: the message's SID, the status it reports (if any) and its error code.</summary>
public sealed record StatusReport(string MessageSid, OutboxStatus? Status, int? ErrorCode);
