using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// What each side is told about a negotiation, in their own language, and the focus that makes
/// their next message an answer. The buyer is named by their WhatsApp profile name or as "a
/// buyer", the artisan by the shop's name: neither side ever sees the other's number.
/// </summary>
public static class NegotiationNotices
{
    public const string OfferReceivedKind = "offer.received";
    public const string CounterKind = "offer.countered";
    public const string DealKind = "offer.accepted";
    public const string DeclinedKind = "offer.declined";
    public const string RelayKind = "negotiation.message";

    /// <summary>The artisan gets the buyer's new offer with the product's photo and the menu.</summary>
    public static void OfferToArtisan(TurnContext context, NegotiationView view)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);

        SendMenu(context, view, Party.Artisan, "offer.received", OfferReceivedKind);
    }

    /// <summary>The side that must answer gets the counter-offer with the menu.</summary>
    public static void CounterTo(TurnContext context, NegotiationView view, Party to)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);

        var key = to == Party.Buyer ? "negotiation.counter.to.buyer" : "negotiation.counter.to.artisan";
        SendMenu(context, view, to, key, CounterKind);
    }

    /// <summary>
    /// Tells <paramref name="to"/> (someone other than the sender) that the deal is made, with
    /// what comes next (see <see cref="DealMessage"/>).
    /// </summary>
    public static void DealTo(TurnContext context, NegotiationView view, Party to)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);

        context.NotifyText(view.PersonOf(to), DealMessage(context, view, to), DealKind);
    }

    /// <summary>Answers the sender, on side <paramref name="me"/>, that the deal is made.</summary>
    public static void ReplyDeal(TurnContext context, NegotiationView view, Party me)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);

        context.ReplyText(DealMessage(context, view, me));
    }

    /// <summary>
    /// The deal as <paramref name="to"/> reads it: the product, the shop and the agreed price (in
    /// their currency too), then, when <see cref="NegotiationView.Deal"/> is known, the deal
    /// number and the chat that stays open to arrange payment and delivery (<see cref="DealChat"/>).
    /// </summary>
    public static string DealMessage(TurnContext context, NegotiationView view, Party to)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);

        var reader = view.PersonOf(to);
        var line = DealText(context, view, to);
        var text = NegotiationPrices.Render(context, reader, line, view.Negotiation.AmountMad);
        return view.Deal is { } deal ? text + "\n" + DealChat.NextSteps(context, view, deal, to) : text;
    }

    /// <summary>The text of the deal for <paramref name="to"/>: the product, the shop, the agreed price.</summary>
    public static LocalizedText DealText(TurnContext context, NegotiationView view, Party to)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);

        var key = to == Party.Buyer ? "negotiation.deal.buyer" : "negotiation.deal.artisan";
        return new LocalizedText(key, Args(context, view, view.PersonOf(to)));
    }

    /// <summary>Tells <paramref name="to"/> that the other side declined.</summary>
    public static void DeclinedTo(TurnContext context, NegotiationView view, Party to)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);

        var person = view.PersonOf(to);
        var key = to == Party.Buyer ? "negotiation.declined.to.buyer" : "negotiation.declined.to.artisan";
        context.Notify(person, new LocalizedText(key, Args(context, view, person)), DeclinedKind);
    }

    /// <summary>Passes what the sender wrote, with its media, to the other side.</summary>
    public static void RelayTo(TurnContext context, NegotiationView view, Party to)
    {
        ArgumentNullException.ThrowIfNull(context);

        RelayTo(context, view, to, context.Activity.Text.Trim());
    }

    /// <summary>Passes <paramref name="text"/> (the sender's words, translated) and their media on.</summary>
    public static void RelayTo(TurnContext context, NegotiationView view, Party to, string text)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);

        var person = view.PersonOf(to);
        var args = Args(context, view, person);
        args["text"] = text;
        var key = to == Party.Buyer ? "negotiation.relay.to.buyer" : "negotiation.relay.to.artisan";
        var media = context.Activity.Media.Select(attachment => attachment.Url).ToList();
        context.Notify(person, new LocalizedText(key, args), RelayKind, media);
        Focus(context, person, view.Id);
    }

    /// <summary>The placeholders every negotiation text may use, for <paramref name="reader"/>.</summary>
    public static Dictionary<string, object?> Args(TurnContext context, NegotiationView view, Person reader)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(reader);

        return new Dictionary<string, object?>
        {
            ["shop"] = view.Shop.DisplayName,
            ["product"] = view.Product.Title,
            ["price"] = view.Product.PriceMad,
            ["amount"] = view.Negotiation.AmountMad,
            ["buyer"] = BuyerName(context.Catalog, LanguageOf(context, reader), view.Buyer),
        };
    }

    /// <summary>How the artisan sees the buyer: their WhatsApp profile name, else "a buyer".</summary>
    public static string BuyerName(IMessageCatalog catalog, string language, Person buyer)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(buyer);

        return string.IsNullOrWhiteSpace(buyer.ProfileName)
            ? catalog.Format(language, "negotiation.buyer.anonymous")
            : buyer.ProfileName.Trim();
    }

    /// <summary>
    /// Makes <paramref name="person"/>'s next message go to the negotiation first. Not for someone
    /// who opted out: they were not told, so their next "1" must not answer it.
    /// </summary>
    public static void Focus(TurnContext context, Person person, string negotiationId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(person);

        if (person.OptedOut)
        {
            return;
        }

        person.FocusNegotiationId = negotiationId;
        context.Changes.Put(person);
    }

    /// <summary>Clears the focus of <paramref name="person"/> when it is on this negotiation.</summary>
    public static void Unfocus(TurnContext context, Person person, string negotiationId)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(person);

        if (person.FocusNegotiationId == negotiationId)
        {
            person.FocusNegotiationId = null;
            context.Changes.Put(person);
        }
    }

    /// <summary>The catalogue language <paramref name="person"/> reads.</summary>
    public static string LanguageOf(TurnContext context, Person person)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(person);

        return string.IsNullOrEmpty(person.Language) ? context.DefaultLanguage : person.Language;
    }

    private static void SendMenu(TurnContext context, NegotiationView view, Party to, string key, string kind)
    {
        var person = view.PersonOf(to);
        var language = LanguageOf(context, person);
        var rendered = context.Catalog.Format(language, key, Args(context, view, person));
        var question = NegotiationPrices.WithPrice(context, person, rendered, view.Negotiation.AmountMad);
        var text = NegotiationMenu.Render(context.Catalog, language, question);
        context.NotifyText(person, text, kind, PhotoOf(view.Product));
        Focus(context, person, view.Id);
    }

    /// <summary>The product's photo as a media list (empty when it has none).</summary>
    public static IReadOnlyList<string> PhotoOf(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);

        return string.IsNullOrEmpty(product.PhotoUrl) ? [] : [product.PhotoUrl];
    }
}
