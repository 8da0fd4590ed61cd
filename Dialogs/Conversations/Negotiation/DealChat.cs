using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Text;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// What follows a deal. Both sides get the deal with its short number (<see cref="Deal.Number"/>),
/// and until <see cref="Deal.ChatUntil"/> (<c>Market:DealChatLifetime</c>, 7 days) what either
/// of them writes, photographs or records is passed to the other, translated, as during the
/// negotiation, so that they can agree on payment and delivery. 9️⃣ (or "end" in their language)
/// ends the chat for both; "menu" takes the sender to the menu (the chat stays open, and the other
/// side's next message brings them back to it).
/// </summary>
/// <remarks>
/// The marketplace takes no payment and ships nothing: the texts say so, and the two agree
/// between themselves. When the time is up, the marketplace's background job tells both once
/// (<see cref="ExpiredKind"/>, through the outbox, so a WhatsApp reader outside the 24-hour
/// window gets the kind's template or an SMS where allowed) and releases their focus; someone
/// who writes before the job has run is told that their message went nowhere, and the other
/// side is told then. Known shortcomings: a newer offer or negotiation takes the person's focus,
/// and the deal's chat comes back only when the other side writes again. While the chat holds a
/// person's focus, all they write goes to it, also an answer meant for a question they were
/// asked before (as during a negotiation), except the global words ("menu", 0, "help",
/// "language") and the word commands ("projects"); that question is asked again when they end
/// the chat with 9 (the menu when nothing was below). After "help" or a language change the
/// runner shows that earlier question again too, although the chat still holds their focus: the
/// chat is no dialog on the stack that could be asked instead.
/// </remarks>
public static class DealChat
{
    /// <summary>The <see cref="Storage.Model.OutboxMessage.Kind"/> of "the other side ended the chat".</summary>
    public const string EndedKind = "deal.chat.ended";

    /// <summary>
    /// The kind of "the chat's time is up", sent to both sides; <c>Twilio:Templates:deal.chat.expired</c>
    /// names its WhatsApp template for readers outside the 24-hour window.
    /// </summary>
    public const string ExpiredKind = "deal.chat.expired";

    /// <summary>The catalogue key of "the chat's time is up".</summary>
    public const string ExpiredKey = "deal.chat.expired";

    private const string EndWordsKey = "deal.chat.words.end";
    private const string EndDigit = "9";

    /// <summary>
    /// The lines under the deal for <paramref name="to"/>: the deal number, how long the chat stays
    /// open, that payment and delivery are theirs to agree, and how to end the chat.
    /// </summary>
    public static string NextSteps(TurnContext context, NegotiationView view, Deal deal, Party to)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(deal);

        var reader = view.PersonOf(to);
        var args = Args(context, view, deal, reader);
        args["days"] = Math.Max(1, (int)Math.Ceiling((deal.ChatUntil - deal.At).TotalDays));
        var key = to == Party.Buyer ? "deal.next.buyer" : "deal.next.artisan";
        return context.Catalog.Format(NegotiationNotices.LanguageOf(context, reader), key, args);
    }

    /// <summary>Opens the chat: both sides' next messages go to it.</summary>
    public static void Open(TurnContext context, NegotiationView view)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);

        NegotiationNotices.Focus(context, view.Buyer, view.Id);
        NegotiationNotices.Focus(context, view.Artisan, view.Id);
    }

    /// <summary>Whether the sender asks to end the chat: 9 alone, or one of their language's words.</summary>
    public static bool IsEndRequest(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var said = TextNormalizer.Normalize(context.Answer);
        var words = context.Catalog.Words(context.Language, EndWordsKey);
        return said == EndDigit || words.Any(word => TextNormalizer.Normalize(word) == said);
    }

    /// <summary>Ends the chat for both sides now, and tells both.</summary>
    public static void End(TurnContext context, NegotiationView view, Deal deal)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(deal);

        deal.ChatUntil = context.Now;
        deal.ChatEndTold = true;
        context.Changes.Put(deal);
        NegotiationNotices.Unfocus(context, view.Buyer, view.Id);
        NegotiationNotices.Unfocus(context, view.Artisan, view.Id);

        var me = view.PartyOf(context.Person);
        context.Reply(new LocalizedText("deal.chat.ended.you", Args(context, view, deal, context.Person)));
        var other = view.PersonOf(NegotiationView.Other(me));
        var key = me == Party.Artisan ? "deal.chat.ended.to.buyer" : "deal.chat.ended.to.artisan";
        context.Notify(other, new LocalizedText(key, Args(context, view, deal, other)), EndedKind);
    }

    /// <summary>
    /// Tells the sender that the chat is over and their message went nowhere. When nobody was told
    /// yet (the background job has not run since the time was up), the other side is told now and
    /// both lose their focus on it, so that the job does not tell them again.
    /// </summary>
    public static void SayOver(TurnContext context, NegotiationView view, Deal deal)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(deal);

        context.Reply(new LocalizedText("deal.chat.over", Args(context, view, deal, context.Person)));
        if (deal.ChatEndTold)
        {
            return;
        }

        deal.ChatEndTold = true;
        context.Changes.Put(deal);
        NegotiationNotices.Unfocus(context, view.Buyer, view.Id);
        NegotiationNotices.Unfocus(context, view.Artisan, view.Id);
        var other = view.PersonOf(NegotiationView.Other(view.PartyOf(context.Person)));
        context.Notify(other, new LocalizedText(ExpiredKey, ExpiredArgs(deal, view.Product.Title)), ExpiredKind);
    }

    /// <summary>The placeholders of <see cref="ExpiredKey"/>: the deal number and the product.</summary>
    public static Dictionary<string, object?> ExpiredArgs(Deal deal, string product)
    {
        ArgumentNullException.ThrowIfNull(deal);

        return new Dictionary<string, object?> { ["number"] = deal.Number, ["product"] = product };
    }

    private static Dictionary<string, object?> Args(
        TurnContext context,
        NegotiationView view,
        Deal deal,
        Person reader)
    {
        var args = NegotiationNotices.Args(context, view, reader);
        args["number"] = deal.Number;
        return args;
    }
}
