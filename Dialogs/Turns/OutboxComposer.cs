using SoukPlay.Dialogs.Text;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Turns;

/// <summary>
/// Turns a turn's outgoing messages into outbox entries: long bodies split into numbered parts,
/// ids <c>{MessageId}-{n}</c> in order, so that a turn run again writes the same ids.
/// </summary>
public static class OutboxComposer
{
    /// <summary>The priority of answers to the person who wrote.</summary>
    public const int ReplyPriority = 0;

    /// <summary>The priority of messages to other people.</summary>
    public const int NotificationPriority = 1;

    public static IReadOnlyList<OutboxMessage> Compose(
        string messageId,
        IReadOnlyList<OutgoingMessage> outgoing,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(messageId);
        ArgumentNullException.ThrowIfNull(outgoing);

        var messages = new List<OutboxMessage>();
        foreach (var message in outgoing)
        {
            var parts = MessageSplitter.Split(message.Body);
            for (var i = 0; i < parts.Count; i++)
            {
                var sequence = messages.Count + 1;
                messages.Add(new OutboxMessage
                {
                    Id = $"{messageId}-{sequence}",
                    ToPersonId = message.ToPersonId,
                    Channel = message.Channel,
                    FromNumber = message.FromNumber,
                    Body = parts[i],
                    MediaUrls = i == 0 ? [.. message.MediaUrls] : [],
                    Kind = message.Kind,
                    Priority = message.IsReply ? ReplyPriority : NotificationPriority,
                    CausedBy = messageId,
                    IsReply = message.IsReply,
                    Sequence = sequence,
                    Status = OutboxStatus.Pending,
                    CreatedAt = now,
                    NotBefore = now,
                });
            }
        }

        return messages;
    }
}
