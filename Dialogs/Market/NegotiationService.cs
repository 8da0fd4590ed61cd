using Microsoft.Extensions.Options;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Market;

/// <summary>
/// The negotiation rules: one open offer per buyer per product; offers and counter-offers answered
/// in turn; the artisan's floor and accept prices applied at once; accepting on either side
/// records a deal (with its short number and the time its chat stays open) and takes one item
/// from stock, and no deal is made once the stock is gone; unanswered moves expire. Whether an
/// amount is worth warning about before it is made is in <see cref="OfferChecks"/>. Writes go
/// into the caller's <see cref="ChangeSet"/>; nothing here sends a message.
/// </summary>
public sealed class NegotiationService(
    IMarketStore store,
    TimeProvider timeProvider,
    IOptions<MarketOptions> options)
{
    public async Task<NegotiationOutcome> MakeOfferAsync(
        Person buyer,
        Product product,
        string artisanId,
        decimal amountMad,
        ChangeSet changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(buyer);
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(changes);

        if (!IsForSale(product))
        {
            return new(NegotiationResult.Unavailable, null);
        }

        if (!IsValidAmount(amountMad))
        {
            return new(NegotiationResult.InvalidAmount, null);
        }

        var open = await store.FindOpenNegotiationAsync(buyer.Id, product.Id, cancellationToken);
        if (open is not null)
        {
            return new(NegotiationResult.AlreadyOpen, open);
        }

        var now = timeProvider.GetUtcNow();
        var negotiation = new Negotiation
        {
            Id = $"N-{Guid.CreateVersion7(now):N}",
            ProductId = product.Id,
            ShopId = product.ShopId,
            BuyerId = buyer.Id,
            ArtisanId = artisanId,
            Status = NegotiationStatus.Open,
            OpenedAt = now,
        };
        Record(negotiation, Party.Buyer, MoveKind.Offer, amountMad, now);
        changes.Put(negotiation);

        return ApplyArtisanPrices(negotiation, product, changes, now) ?? new(NegotiationResult.Opened, negotiation);
    }

    public NegotiationOutcome Counter(
        Negotiation negotiation,
        Product product,
        Party by,
        decimal amountMad,
        ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(changes);

        if (Refusal(negotiation, by) is { } refusal)
        {
            return refusal;
        }

        if (!IsValidAmount(amountMad))
        {
            return new(NegotiationResult.InvalidAmount, negotiation);
        }

        var now = timeProvider.GetUtcNow();
        Record(negotiation, by, MoveKind.Counter, amountMad, now);
        changes.Put(negotiation);

        if (by == Party.Buyer && ApplyArtisanPrices(negotiation, product, changes, now) is { } automatic)
        {
            return automatic;
        }

        return new(NegotiationResult.Countered, negotiation);
    }

    public NegotiationOutcome Accept(Negotiation negotiation, Product product, Party by, ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(changes);

        if (Refusal(negotiation, by) is { } refusal)
        {
            return refusal;
        }

        var now = timeProvider.GetUtcNow();
        if (!IsForSale(product))
        {
            Finish(negotiation, by, MoveKind.Decline, NegotiationStatus.Declined, now);
            changes.Put(negotiation);
            return new(NegotiationResult.Unavailable, negotiation);
        }

        var deal = Close(negotiation, product, by, changes, now);
        return new(NegotiationResult.Accepted, negotiation, deal);
    }

    public NegotiationOutcome Decline(Negotiation negotiation, Party by, ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        ArgumentNullException.ThrowIfNull(changes);

        if (Refusal(negotiation, by) is { } refusal)
        {
            return refusal;
        }

        var now = timeProvider.GetUtcNow();
        Finish(negotiation, by, MoveKind.Decline, NegotiationStatus.Declined, now);
        changes.Put(negotiation);
        return new(NegotiationResult.Declined, negotiation);
    }

    /// <summary>Marks every open negotiation past its expiry as expired, in <paramref name="changes"/>.</summary>
    public async Task<IReadOnlyList<Negotiation>> ExpireDueAsync(
        ChangeSet changes,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        var now = timeProvider.GetUtcNow();
        var due = await store.ListExpiredNegotiationsAsync(now, cancellationToken);
        foreach (var negotiation in due)
        {
            Finish(negotiation, negotiation.AwaitingAnswerFrom, MoveKind.Expire, NegotiationStatus.Expired, now);
            changes.Put(negotiation);
        }

        return due;
    }

    private NegotiationOutcome? ApplyArtisanPrices(
        Negotiation negotiation,
        Product product,
        ChangeSet changes,
        DateTimeOffset now)
    {
        if (product.AcceptPriceMad is { } acceptAt && negotiation.AmountMad >= acceptAt && IsForSale(product))
        {
            var deal = Close(negotiation, product, Party.Artisan, changes, now);
            return new(NegotiationResult.AcceptedAutomatically, negotiation, deal);
        }

        if (product.FloorPriceMad is { } floor && negotiation.AmountMad < floor)
        {
            Finish(negotiation, Party.Artisan, MoveKind.Decline, NegotiationStatus.Declined, now);
            return new(NegotiationResult.DeclinedAutomatically, negotiation);
        }

        return null;
    }

    private static NegotiationOutcome? Refusal(Negotiation negotiation, Party by)
    {
        if (negotiation.Status != NegotiationStatus.Open)
        {
            return new(NegotiationResult.Closed, negotiation);
        }

        return negotiation.AwaitingAnswerFrom == by ? null : new(NegotiationResult.NotYourTurn, negotiation);
    }

    private void Record(Negotiation negotiation, Party by, MoveKind kind, decimal amountMad, DateTimeOffset now)
    {
        negotiation.Moves.Add(new NegotiationMove { By = by, Kind = kind, AmountMad = amountMad, At = now });
        negotiation.AmountMad = amountMad;
        negotiation.AwaitingAnswerFrom = by == Party.Buyer ? Party.Artisan : Party.Buyer;
        negotiation.ExpiresAt = now + options.Value.OfferLifetime;
    }

    private Deal Close(
        Negotiation negotiation,
        Product product,
        Party by,
        ChangeSet changes,
        DateTimeOffset now)
    {
        Finish(negotiation, by, MoveKind.Accept, NegotiationStatus.Accepted, now);
        product.Quantity = Math.Max(0, product.Quantity - 1);
        if (product.Quantity == 0)
        {
            product.Status = ListingStatus.SoldOut;
        }

        var deal = new Deal
        {
            Id = $"D-{negotiation.Id}",
            NegotiationId = negotiation.Id,
            ProductId = product.Id,
            ShopId = product.ShopId,
            BuyerId = negotiation.BuyerId,
            PriceMad = negotiation.AmountMad,
            At = now,
            Number = DealNumbers.For(negotiation.Id),
            ChatUntil = now + options.Value.DealChatLifetime,
        };
        changes.Put(negotiation).Put(product).Put(deal);
        return deal;
    }

    private static void Finish(
        Negotiation negotiation,
        Party by,
        MoveKind kind,
        NegotiationStatus status,
        DateTimeOffset now)
    {
        negotiation.Moves.Add(new NegotiationMove
        {
            By = by,
            Kind = kind,
            AmountMad = negotiation.AmountMad,
            At = now,
        });
        negotiation.Status = status;
        negotiation.ClosedAt = now;
    }

    /// <summary>
    /// Listed with stock left. Checked again when a deal is made: several buyers may negotiate
    /// for the last item at once, and only the first acceptance gets it.
    /// </summary>
    private static bool IsForSale(Product product) =>
        product.Status == ListingStatus.Listed && product.Quantity > 0;

    private bool IsValidAmount(decimal amountMad) => amountMad > 0 && amountMad <= options.Value.MaxPriceMad;
}
