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
}
