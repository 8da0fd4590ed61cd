namespace SoukPlay.Storage.Model;

/// <summary>
/// Where an outgoing message is. The order of the values is the order of progress: a status
/// callback never moves a message to a lower value.
/// </summary>
public enum OutboxStatus
{
    /// <summary>Waiting for the sender (or for the webhook to answer it inline).</summary>
    Pending = 0,

    /// <summary>Claimed by the sender; the outcome of the provider call is not yet known.</summary>
    Sending = 1,

    /// <summary>Given to the person as the webhook's TwiML answer.</summary>
    AnsweredInline = 2,

    Queued = 3,
    Sent = 4,
    Delivered = 5,
    Read = 6,
    Undelivered = 7,
    Failed = 8,
}
