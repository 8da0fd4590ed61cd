using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Market;

/// <summary>
/// Amounts that would cost their sender money, to be confirmed before they are made: a buyer's
/// offer above the asking price (often a currency mix-up or an extra zero), and a counter-offer
/// that is no better for its sender than the amount already on the table (an artisan asking no
/// more than the buyer offers, a buyer offering no less than the artisan asks). The negotiation
/// rules accept such amounts; the conversations and the phone call ask first.
/// </summary>
public static class OfferChecks
{
    /// <summary>Whether a buyer's first offer of <paramref name="amountMad"/> is above the asking price.</summary>
    public static bool IsAboveAskingPrice(decimal askingPriceMad, decimal amountMad) =>
        amountMad > askingPriceMad;

    /// <summary>
    /// Whether a counter-offer of <paramref name="amountMad"/> by <paramref name="by"/> gives away
    /// what the other side's <paramref name="standingMad"/> already grants: an artisan at or below
    /// the buyer's offer, a buyer at or above the artisan's price.
    /// </summary>
    public static bool GivesAway(Party by, decimal amountMad, decimal standingMad) =>
        by == Party.Artisan ? amountMad <= standingMad : amountMad >= standingMad;

    /// <summary>
    /// <see cref="GivesAway(Party, decimal, decimal)"/> for a counter-offer in
    /// <paramref name="negotiation"/>, whose amount on the table is the other side's.
    /// </summary>
    public static bool GivesAway(Negotiation negotiation, Party by, decimal amountMad)
    {
        ArgumentNullException.ThrowIfNull(negotiation);

        return GivesAway(by, amountMad, negotiation.AmountMad);
    }
}
