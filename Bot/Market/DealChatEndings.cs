using Microsoft.Extensions.Options;
using SoukPlay.Bot.Outbox;
using SoukPlay.Dialogs.Conversations.Negotiation;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Market;

/// <summary>
/// Announces the deals' chats whose time is up (<see cref="Deal.ChatUntil"/>): tells the buyer and
/// the artisan, each in their own language, that the chat for deal N° … has ended and how to reach
/// the menu, releases their focus on it, and marks the deal told (<see cref="Deal.ChatEndTold"/>),
/// all in one commit per deal. Run by <see cref="NegotiationExpiryService"/> on each pass.
/// </summary>
/// <remarks>
/// Told once: the deal's version check lets one of two hosts (or a pass and a person writing at
/// that moment) win and the other write nothing, and the outbox ids are
/// <c>dealchat-{dealId}-{n}</c>, so nothing is owed twice across a restart. The messages go
/// through the outbox like every notice: a WhatsApp reader whose 24-hour window has closed (the
/// usual case after a quiet week) gets the <c>Twilio:Templates:deal.chat.expired</c> template,
/// else an SMS where they allowed it, else the message fails with the reason.
/// </remarks>
public sealed class DealChatEndings(
    IMarketStore store,
    IMessageCatalog catalog,
    OutboxSignal outboxSignal,
    TimeProvider time,
    IOptions<TurnOptions> turnOptions,
    ILogger<DealChatEndings> logger)
{
    /// <summary>Announces every chat whose time is up now; returns how many deals were told.</summary>
    public async Task<int> TellDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await store.ListEndedDealChatsAsync(now, cancellationToken);
        var told = 0;
        foreach (var deal in due)
        {
            if (await TellAsync(deal, now, cancellationToken))
            {
                told++;
            }
        }

        if (told > 0)
        {
            Log.DealChatsEnded(logger, told);
            outboxSignal.Notify();
        }

        return told;
    }

    private async Task<bool> TellAsync(Deal deal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changes = new ChangeSet();
        deal.ChatEndTold = true;
        changes.Put(deal);

        var product = await store.GetProductAsync(deal.ProductId, cancellationToken);
        var outgoing = new List<OutgoingMessage>();
        foreach (var person in await BothAsync(deal, cancellationToken))
        {
            if (person.FocusNegotiationId == deal.NegotiationId)
            {
                person.FocusNegotiationId = null;
                changes.Put(person);
            }

            if (!person.OptedOut)
            {
                outgoing.Add(Message(person, deal, product?.Title ?? ""));
            }
        }

        foreach (var message in OutboxComposer.Compose($"dealchat-{deal.Id}", outgoing, now))
        {
            changes.Put(message);
        }

        try
        {
            await store.CommitAsync(changes, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            Log.DealChatEndConflict(logger, deal.Id);
            return false;
        }
    }

    /// <summary>The buyer, then the artisan (the negotiation's); either is left out when gone.</summary>
    private async Task<List<Person>> BothAsync(Deal deal, CancellationToken cancellationToken)
    {
        var negotiation = await store.GetNegotiationAsync(deal.NegotiationId, cancellationToken);
        var ids = new[] { deal.BuyerId, negotiation?.ArtisanId };
        var people = new List<Person>();
        foreach (var id in ids.Distinct())
        {
            if (!string.IsNullOrEmpty(id) && await store.GetPersonAsync(id, cancellationToken) is { } person)
            {
                people.Add(person);
            }
        }

        return people;
    }

    private OutgoingMessage Message(Person person, Deal deal, string product)
    {
        var language = string.IsNullOrEmpty(person.Language) ? turnOptions.Value.DefaultLanguage : person.Language;
        var args = DealChat.ExpiredArgs(deal, product);
        var body = catalog.Format(language, DealChat.ExpiredKey, args);
        return new OutgoingMessage(
            person.Id,
            person.LastChannel,
            person.LastBotNumber,
            body,
            [],
            DealChat.ExpiredKind,
            IsReply: false);
    }
}
