using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.DevChat;

/// <summary>One outbox message as the local chat page shows it.</summary>
public sealed record DevChatOutboxEntry(
    string Id,
    string Status,
    string Channel,
    string From,
    string To,
    string Body,
    IReadOnlyList<string> MediaUrls,
    string Kind,
    DateTimeOffset CreatedAt)
{
    public static DevChatOutboxEntry Of(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new DevChatOutboxEntry(
            message.Id,
            message.Status.ToString(),
            message.Channel.ToString(),
            message.FromNumber,
            message.ToPersonId,
            message.Body,
            message.MediaUrls,
            message.Kind,
            message.CreatedAt);
    }
}
