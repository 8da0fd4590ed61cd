using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Language.Currency;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Turns;

/// <summary>
/// Runs turns one person at a time (in this process), and commits each turn's person, dialog
/// stack, domain changes and outbox together. A commit that meets a concurrent change (another
/// process, or another person's turn touching the same documents) runs the whole turn again
/// from a fresh read, up to <see cref="TurnOptions.MaxAttempts"/> times. With a
/// <see cref="LanguageTracker"/> registered, each turn's free text is detected before the dialogs
/// run (see <see cref="TurnContext.Detection"/>).
/// </summary>
public sealed class TurnProcessor : ITurnProcessor
{
    /// <summary>Said to the sender when someone this turn was for has stopped the bot's messages.</summary>
    public const string StoppedRecipientKey = "notice.recipient.stopped";

    private readonly IMarketStore _store;
    private readonly DialogSet _dialogs;
    private readonly IMessageCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly TurnOptions _options;
    private readonly DialogRunner _runner;
    private readonly ILogger<TurnProcessor> _logger;
    private readonly KeyedAsyncLock _locks = new();
    private readonly LanguageTracker? _languages;
    private readonly CurrencyConverter? _prices;

    public TurnProcessor(
        IMarketStore store,
        DialogSet dialogs,
        IMessageCatalog catalog,
        TimeProvider time,
        IOptions<TurnOptions> options,
        ILogger<TurnProcessor> logger,
        LanguageTracker? languages = null,
        CurrencyConverter? prices = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _store = store;
        _dialogs = dialogs;
        _catalog = catalog;
        _time = time;
        _options = options.Value;
        _runner = new DialogRunner(_options);
        _logger = logger;
        _languages = languages;
        _prices = prices;
    }

    public async Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);

        using var held = await _locks.AcquireAsync(activity.From, cancellationToken);
        var masked = PhoneMask.Mask(activity.From);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunTurnAsync(activity, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < _options.MaxAttempts)
            {
                Log.TurnConflict(_logger, activity.MessageId, masked, attempt);
            }
            catch (ConcurrencyConflictException)
            {
                Log.TurnGaveUp(_logger, activity.MessageId, masked, attempt);
                throw;
            }
        }
    }

    private async Task<TurnOutcome> RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var masked = PhoneMask.Mask(activity.From);
        var person = await LoadPersonAsync(activity, now, masked, cancellationToken);
        var state = await _store.GetDialogStateAsync(person.Id, cancellationToken)
            ?? new DialogState { Id = person.Id };

        var stack = DialogStackState.FromJson(state.Json);
        var changes = new ChangeSet();
        var context = new TurnContext(activity, person, _store, changes, _catalog, now, _options.DefaultLanguage)
        {
            Prices = _prices,
        };
        context.Detection = _languages?.Detect(context);
        await _runner.RunAsync(new DialogContext(_dialogs, context, stack), cancellationToken);
        _languages?.Follow(context);
        if (context.MissedStoppedRecipient)
        {
            context.Reply(StoppedRecipientKey);
        }

        state.Json = stack.ToJson();
        state.UpdatedAt = now;
        changes.Put(person).Put(state);
        var outbox = OutboxComposer.Compose(activity.MessageId, context.Outgoing, now);
        foreach (var message in outbox)
        {
            changes.Put(message);
        }

        await _store.CommitAsync(changes, cancellationToken);
        Log.TurnCommitted(_logger, activity.MessageId, masked, outbox.Count);
        return new TurnOutcome([.. outbox.Where(message => message.IsReply)]);
    }

    private async Task<Person> LoadPersonAsync(
        Activity activity,
        DateTimeOffset now,
        string masked,
        CancellationToken ct)
    {
        var person = await _store.GetPersonAsync(activity.From, ct);
        if (person is null)
        {
            Log.NewPerson(_logger, masked, activity.Channel);
            person = new Person { Id = activity.From, CreatedAt = now };
        }

        person.LastChannel = activity.Channel;
        person.LastBotNumber = activity.To;
        person.LastInboundAt = now;
        if (!string.IsNullOrWhiteSpace(activity.ProfileName))
        {
            person.ProfileName = activity.ProfileName;
        }

        return person;
    }
}
