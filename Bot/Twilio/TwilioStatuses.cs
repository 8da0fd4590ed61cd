using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Twilio;

/// <summary>Twilio's message statuses, as the outbox records them.</summary>
public static class TwilioStatuses
{
    /// <summary>
    /// The outbox status for Twilio's <paramref name="status"/>; null for statuses of inbound
    /// messages (receiving, received) and for words Twilio does not use.
    /// </summary>
    public static OutboxStatus? ToOutboxStatus(string? status) =>
        status?.ToLowerInvariant() switch
        {
            "accepted" or "scheduled" or "queued" or "sending" => OutboxStatus.Queued,
            "sent" => OutboxStatus.Sent,
            "delivered" => OutboxStatus.Delivered,
            "read" => OutboxStatus.Read,
            "undelivered" or "partially_delivered" => OutboxStatus.Undelivered,
            "failed" or "canceled" => OutboxStatus.Failed,
            _ => null,
        };

    /// <summary>Whether Twilio uses <paramref name="status"/> for messages at all.</summary>
    public static bool IsKnown(string? status) =>
        ToOutboxStatus(status) is not null || status is "receiving" or "received";
}
