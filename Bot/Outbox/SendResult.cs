using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>What the provider said about one message.</summary>
/// <param name="Outcome">Whether the provider took it, refused it, or left us unsure.</param>
/// <param name="Status">The status to record.</param>
/// <param name="ProviderSid">The provider's id for the message, when it took it.</param>
/// <param name="Error">The provider's words, when it did not.</param>
/// <param name="ErrorCode">The provider's error code (Twilio: 21610, 63016 ...), when it gave one.</param>
public sealed record SendResult(
    SendOutcome Outcome,
    OutboxStatus Status,
    string? ProviderSid,
    string? Error,
    int? ErrorCode = null)
{
    public bool Accepted => Outcome == SendOutcome.Accepted;

    public static SendResult Success(string? providerSid, OutboxStatus status) =>
        new(SendOutcome.Accepted, status, providerSid, null);

    public static SendResult Failure(string error, int? errorCode = null) =>
        new(SendOutcome.Rejected, OutboxStatus.Failed, null, error, errorCode);

    public static SendResult Unsure(string error) =>
        new(SendOutcome.Ambiguous, OutboxStatus.Failed, null, error);
}
