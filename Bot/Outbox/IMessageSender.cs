using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>Hands one outbox message to a provider (Twilio's REST API, or the local outbox).</summary>
public interface IMessageSender
{
    /// <summary>
    /// Sends <paramref name="message"/> once (retrying only where the provider cannot have
    /// received it). Provider refusals are returned as a <see cref="SendResult"/>, not thrown.
    /// </summary>
    Task<SendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Sends <paramref name="message"/> as the approved WhatsApp template configured for its kind,
    /// with its body as the template's variable; null when no template is configured for it.
    /// </summary>
    Task<SendResult?> SendTemplateAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// The provider's log of messages sent to <paramref name="message"/>'s recipient from its
    /// number since <paramref name="since"/>, newest first.
    /// </summary>
    Task<IReadOnlyList<ProviderMessage>> ListSentAsync(
        OutboxMessage message,
        DateTimeOffset since,
        CancellationToken cancellationToken);
}
