using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>What the provider said about one message.</summary>
public sealed record SendResult(bool Accepted, OutboxStatus Status, string? ProviderSid, string? Error)
{
    public static SendResult Success(string? providerSid, OutboxStatus status) =>
        new(true, status, providerSid, null);

    public static SendResult Failure(string error) => new(false, OutboxStatus.Failed, null, error);
}
