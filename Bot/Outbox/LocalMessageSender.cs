using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>
/// Local mode: a message is "sent" by being marked so in the outbox, which the local chat page reads.
/// </summary>
public sealed class LocalMessageSender : IMessageSender
{
    public Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Task.FromResult(SendResult.Success("local-" + message.Id, OutboxStatus.Sent));
    }

    /// <summary>Local mode has no templates: the message goes as it is.</summary>
    public async Task<SendResult?> SendTemplateAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        await SendAsync(message, cancellationToken);

    /// <summary>Local sends cannot be lost in flight, so there is never anything to find.</summary>
    public Task<IReadOnlyList<ProviderMessage>> ListSentAsync(
        OutboxMessage message,
        DateTimeOffset since,
        CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ProviderMessage>>([]);
}
