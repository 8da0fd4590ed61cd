using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Language.Currency;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Turns;

/// <summary>
/// One turn as the dialogs see it: the message, the person who wrote it, the store to read and
/// the change set to write, and the replies and notifications the turn owes. Nothing is written
/// or sent until the turn commits, all together.
/// </summary>
public sealed class TurnContext
{
    /// <summary>The <see cref="OutboxMessage.Kind"/> of answers to the sender.</summary>
    public const string ReplyKind = "reply";

    private readonly List<OutgoingMessage> _outgoing = [];

    public TurnContext(
        Activity activity,
        Person person,
        IMarketStore store,
        ChangeSet changes,
        IMessageCatalog catalog,
        DateTimeOffset now,
        string defaultLanguage)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrEmpty(defaultLanguage);

        Activity = activity;
        Person = person;
        Store = store;
        Changes = changes;
        Catalog = catalog;
        Now = now;
        DefaultLanguage = defaultLanguage;
    }

    public Activity Activity { get; }

    /// <summary>The sender, loaded or new (Version 0); saved with the turn whatever the dialogs do.</summary>
    public Person Person { get; }

    public bool IsNewPerson => Person.Version == 0;

    public IMarketStore Store { get; }

    /// <summary>Put domain changes here; they commit with the dialog state and the outbox.</summary>
    public ChangeSet Changes { get; }

    public IMessageCatalog Catalog { get; }

    /// <summary>The turn's clock reading, taken once when the turn started.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The language used for a person who has not chosen one yet.</summary>
    public string DefaultLanguage { get; }

    /// <summary>The sender's catalogue language.</summary>
    public string Language => LanguageOf(Person);

    /// <summary>
    /// The language detected in this turn's free text (see <see cref="LanguageTracker"/>), or null
    /// when the turn had none worth detecting or no tracker is registered.
    /// </summary>
    public LanguageDetection? Detection { get; set; }

    /// <summary>
    /// Set when a prompt took this turn's text as its answer (a name, an amount, a menu choice):
    /// such text says little about the language the person reads, so it never switches it.
    /// </summary>
    public bool AnsweredPrompt { get; set; }

    /// <summary>The language the sender wrote this turn in: the detected one, else the saved one.</summary>
    public string WrittenLanguage => Detection is { IsDetected: true } detected ? detected.Language : Language;

    /// <summary>Shows prices in each person's currency; null when none is registered (MAD only).</summary>
    public CurrencyConverter? Prices { get; set; }

    /// <summary>Replies and notifications so far, in order.</summary>
    public IReadOnlyList<OutgoingMessage> Outgoing => _outgoing;

    public bool HasReplied => _outgoing.Exists(message => message.IsReply);

    /// <summary>What the person answered: a tapped button's payload, else the text typed.</summary>
    public string Answer => string.IsNullOrEmpty(Activity.ButtonPayload) ? Activity.Text : Activity.ButtonPayload;

    /// <summary>Renders <paramref name="text"/> in the sender's language.</summary>
    public string Render(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return text.Render(Catalog, Language);
    }

    /// <summary>Answers the sender with the catalogue text <paramref name="key"/>.</summary>
    public void Reply(string key, IReadOnlyDictionary<string, object?>? args = null) =>
        Reply(new LocalizedText(key, args));

    public void Reply(LocalizedText text, IReadOnlyList<string>? mediaUrls = null) =>
        ReplyText(Render(text), mediaUrls);

    /// <summary>
    /// Whether this turn had something for a person who sent STOP, which they were therefore not
    /// sent; the <see cref="TurnProcessor"/> then tells the sender so, instead of leaving them to
    /// wait for an answer that cannot come.
    /// </summary>
    public bool MissedStoppedRecipient { get; private set; }

    /// <summary>Answers the sender with text already rendered (for example a menu).</summary>
    public void ReplyText(string text, IReadOnlyList<string>? mediaUrls = null)
    {
        ArgumentNullException.ThrowIfNull(text);

        _outgoing.Add(new OutgoingMessage(
            Person.Id, Activity.Channel, Activity.To, text, mediaUrls ?? [], ReplyKind, IsReply: true));
    }

    /// <summary>
    /// Tells someone else: rendered in <paramref name="recipient"/>'s language, sent on the
    /// channel they last wrote from and from the number they last wrote to. A person who opted
    /// out gets nothing.
    /// </summary>
    public void Notify(
        Person recipient,
        LocalizedText text,
        string kind,
        IReadOnlyList<string>? mediaUrls = null)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(text);

        NotifyText(recipient, text.Render(Catalog, LanguageOf(recipient)), kind, mediaUrls);
    }

    /// <summary>Tells someone else the catalogue text <paramref name="key"/>, in their language.</summary>
    public void Notify(
        Person recipient,
        string key,
        IReadOnlyDictionary<string, object?>? args,
        string kind,
        IReadOnlyList<string>? mediaUrls = null) =>
        Notify(recipient, new LocalizedText(key, args), kind, mediaUrls);

    /// <summary>Tells someone else a text already rendered (for example a relayed message).</summary>
    public void NotifyText(
        Person recipient,
        string text,
        string kind,
        IReadOnlyList<string>? mediaUrls = null)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(kind);

        if (recipient.OptedOut)
        {
            MissedStoppedRecipient = true;
            return;
        }

        _outgoing.Add(new OutgoingMessage(
            recipient.Id,
            recipient.LastChannel,
            recipient.LastBotNumber,
            text,
            mediaUrls ?? [],
            kind,
            IsReply: false));
    }

    private string LanguageOf(Person person) =>
        string.IsNullOrEmpty(person.Language) ? DefaultLanguage : person.Language;
}
