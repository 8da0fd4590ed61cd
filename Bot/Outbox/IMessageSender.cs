using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>Hands one outbox message to a provider (Twilio's REST API, or the local outbox).</summary>
public interface IMessageSender
{
    /// <summary>
    /// Sends <paramref name="message"/>. Provider refusals are returned as a failed
    /// <see cref="SendResult"/>, not thrown.
    /// </summary>
    Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}
