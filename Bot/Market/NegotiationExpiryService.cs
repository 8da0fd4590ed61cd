using Microsoft.Extensions.Options;
using SoukPlay.Bot.Outbox;
using SoukPlay.Dialogs.Conversations.Negotiation;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Market;

/// <summary>
/// Closes open negotiations past their expiry, every <see cref="NegotiationExpiryOptions.Interval"/>:
/// marks them expired, tells the buyer and the artisan in their own language, clears their focus
/// on it, and commits all of it at once. Outbox ids are <c>expire-{negotiationId}-{n}</c>, so a
/// pass run twice writes the same messages. A pass that meets a concurrent change (a person
/// answering at that moment) writes nothing; the next pass sees the negotiation as it now is.
/// Each pass then announces the deals' chats whose time is up (<see cref="DealChatEndings"/>).
/// </summary>
public sealed class NegotiationExpiryService(
    IMarketStore store,
    NegotiationService negotiations,
    DealChatEndings dealChats,
    IMessageCatalog catalog,
    OutboxSignal outboxSignal,
    TimeProvider time,
    IOptions<NegotiationExpiryOptions> options,
    IOptions<TurnOptions> turnOptions,
    ILogger<NegotiationExpiryService> logger) : BackgroundService
{
    /// <summary>The <see cref="OutboxMessage.Kind"/> of the messages telling of an expiry.</summary>
    public const string ExpiredKind = "negotiation.expired";

    /// <summary>Expires what is due now; returns how many negotiations were closed.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var changes = new ChangeSet();
        var due = await negotiations.ExpireDueAsync(changes, cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var people = new Dictionary<string, Person?>(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        foreach (var negotiation in due)
        {
            var outgoing = await TellBothAsync(negotiation, people, changes, cancellationToken);
            foreach (var message in OutboxComposer.Compose($"expire-{negotiation.Id}", outgoing, now))
            {
                changes.Put(message);
            }
        }

        try
        {
            await store.CommitAsync(changes, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            Log.ExpiryConflict(logger, due.Count);
            return 0;
        }

        Log.Expired(logger, due.Count);
        outboxSignal.Notify();
        return due.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                await ExpireDueAsync(stoppingToken);
                await dealChats.TellDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Log.ExpiryFailed(logger, exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<List<OutgoingMessage>> TellBothAsync(
        Negotiation negotiation,
        Dictionary<string, Person?> people,
        ChangeSet changes,
        CancellationToken cancellationToken)
    {
        var product = await store.GetProductAsync(negotiation.ProductId, cancellationToken);
        var shop = await store.GetShopAsync(negotiation.ShopId, cancellationToken);
        var buyer = await PersonAsync(negotiation.BuyerId, people, cancellationToken);
        var artisan = await PersonAsync(negotiation.ArtisanId, people, cancellationToken);

        var outgoing = new List<OutgoingMessage>();
        foreach (var (person, key) in new[]
        {
            (buyer, "negotiation.expired.buyer"),
            (artisan, "negotiation.expired.artisan"),
        })
        {
            if (person is null)
            {
                continue;
            }

            Unfocus(person, negotiation.Id, changes);
            if (!person.OptedOut)
            {
                var language = LanguageOf(person);
                var args = new Dictionary<string, object?>
                {
                    ["product"] = product?.Title ?? "",
                    ["shop"] = shop?.DisplayName ?? "",
                    ["amount"] = negotiation.AmountMad,
                    ["buyer"] = buyer is null ? "" : NegotiationNotices.BuyerName(catalog, language, buyer),
                };
                outgoing.Add(Message(person, catalog.Format(language, key, args)));
            }
        }

        return outgoing;
    }

    private static void Unfocus(Person person, string negotiationId, ChangeSet changes)
    {
        if (person.FocusNegotiationId == negotiationId)
        {
            person.FocusNegotiationId = null;
            changes.Put(person);
        }
    }

    private string LanguageOf(Person person) =>
        string.IsNullOrEmpty(person.Language) ? turnOptions.Value.DefaultLanguage : person.Language;

    private static OutgoingMessage Message(Person person, string body) =>
        new(person.Id, person.LastChannel, person.LastBotNumber, body, [], ExpiredKind, IsReply: false);

    private async Task<Person?> PersonAsync(
        string id,
        Dictionary<string, Person?> people,
        CancellationToken cancellationToken)
    {
        if (!people.TryGetValue(id, out var person))
        {
            person = await store.GetPersonAsync(id, cancellationToken);
            people[id] = person;
        }

        return person;
    }
}
