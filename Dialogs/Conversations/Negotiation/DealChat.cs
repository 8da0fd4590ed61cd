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
/// between themselves. Known shortcomings: a chat that runs out of time is not announced; the
/// person who writes after it hears that it is over. A newer offer or negotiation takes the
/// person's focus, and the deal's chat comes back only when the other side writes again. While
/// the chat holds a person's focus, all they write goes to it, also an answer meant for a question
/// they were asked before (as during a negotiation); that question is asked again when they end
/// the chat, and "menu" leaves it.
/// </remarks>
public static class DealChat
{
    public const string EndedKind = "deal.chat.ended";

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
        context.Changes.Put(deal);
        NegotiationNotices.Unfocus(context, view.Buyer, view.Id);
        NegotiationNotices.Unfocus(context, view.Artisan, view.Id);

        var me = view.PartyOf(context.Person);
        context.Reply(new LocalizedText("deal.chat.ended.you", Args(context, view, deal, context.Person)));
        var other = view.PersonOf(NegotiationView.Other(me));
        var key = me == Party.Artisan ? "deal.chat.ended.to.buyer" : "deal.chat.ended.to.artisan";
        context.Notify(other, new LocalizedText(key, Args(context, view, deal, other)), EndedKind);
    }

    /// <summary>Tells the sender that the chat is over and their message went nowhere.</summary>
    public static void SayOver(TurnContext context, NegotiationView view, Deal deal)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(deal);

        context.Reply(new LocalizedText("deal.chat.over", Args(context, view, deal, context.Person)));
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
