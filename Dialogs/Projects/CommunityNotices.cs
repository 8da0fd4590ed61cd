using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <summary>
/// Writes messages to people outside a chat turn (an administrator's action, a broadcast): each
/// rendered in its recipient's language, sent on the channel and from the number they last used,
/// nothing to someone who opted out; then composed into outbox entries like a turn's.
/// </summary>
public sealed class CommunityNotices
{
    private readonly IMessageCatalog _catalog;
    private readonly string _defaultLanguage;

    public CommunityNotices(IMessageCatalog catalog, IOptions<TurnOptions> turns)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(turns);

        _catalog = catalog;
        _defaultLanguage = turns.Value.DefaultLanguage;
    }

    public IMessageCatalog Catalog => _catalog;

    /// <summary>The language <paramref name="person"/> reads.</summary>
    public string LanguageOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);

        return string.IsNullOrEmpty(person.Language) ? _defaultLanguage : person.Language;
    }

    /// <summary>The message for <paramref name="person"/>, or null when they opted out.</summary>
    public OutgoingMessage? For(Person person, LocalizedText text, string kind)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(text);

        return person.OptedOut
            ? null
            : new OutgoingMessage(
                person.Id,
                person.LastChannel,
                person.LastBotNumber,
                text.Render(_catalog, LanguageOf(person)),
                [],
                kind,
                IsReply: false);
    }

    /// <summary>
    /// Outbox entries with ids <c>{operationId}-{n}</c>, so that the same operation run again
    /// writes the same ids (and a second commit of them conflicts instead of sending twice).
    /// </summary>
    public static IReadOnlyList<OutboxMessage> Compose(
        string operationId,
        IEnumerable<OutgoingMessage?> messages,
        DateTimeOffset now,
        int priority = OutboxComposer.NotificationPriority)
    {
        ArgumentNullException.ThrowIfNull(messages);

        var outbox = OutboxComposer.Compose(operationId, [.. messages.OfType<OutgoingMessage>()], now);
        foreach (var message in outbox)
        {
            message.Priority = priority;
            message.CausedBy = null;
        }

        return outbox;
    }
}
