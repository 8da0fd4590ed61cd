using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// A negotiation with what the conversations say about it: the product, the shop, both people,
/// and the deal once it is accepted. The sender of the turn is the turn's own
/// <see cref="TurnContext.Person"/> instance, so that it is saved once.
/// </summary>
public sealed record NegotiationView(
    Storage.Model.Negotiation Negotiation,
    Product Product,
    Shop Shop,
    Person Buyer,
    Person Artisan,
    Deal? Deal = null)
{
    public string Id => Negotiation.Id;

    public bool IsOpen => Negotiation.Status == NegotiationStatus.Open;

    /// <summary>Whether the deal's chat still passes messages between the two at <paramref name="now"/>.</summary>
    public bool IsDealChatOpen(DateTimeOffset now) => Deal is { } deal && deal.ChatUntil > now;

    /// <summary>The side <paramref name="person"/> is on.</summary>
    public Party PartyOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);

        return person.Id == Buyer.Id ? Party.Buyer : Party.Artisan;
    }

    public Person PersonOf(Party party) => party == Party.Buyer ? Buyer : Artisan;

    public static Party Other(Party party) => party == Party.Buyer ? Party.Artisan : Party.Buyer;

    /// <summary>
    /// Reads the negotiation and its parts (the deal when accepted); null when any of them is gone.
    /// </summary>
    public static async Task<NegotiationView?> LoadAsync(
        TurnContext context,
        string negotiationId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(negotiationId);

        var store = context.Store;
        var negotiation = await store.GetNegotiationAsync(negotiationId, cancellationToken);
        if (negotiation is null)
        {
            return null;
        }

        var product = await store.GetProductAsync(negotiation.ProductId, cancellationToken);
        var shop = await store.GetShopAsync(negotiation.ShopId, cancellationToken);
        var buyer = await PersonAsync(context, negotiation.BuyerId, cancellationToken);
        var artisan = await PersonAsync(context, negotiation.ArtisanId, cancellationToken);
        var deal = negotiation.Status == NegotiationStatus.Accepted
            ? await store.FindDealByNegotiationAsync(negotiation.Id, cancellationToken)
            : null;
        return product is null || shop is null || buyer is null || artisan is null
            ? null
            : new NegotiationView(negotiation, product, shop, buyer, artisan, deal);
    }

    private static async Task<Person?> PersonAsync(TurnContext context, string id, CancellationToken ct) =>
        id == context.Person.Id ? context.Person : await context.Store.GetPersonAsync(id, ct);
}
