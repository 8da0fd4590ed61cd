namespace SoukPlay.Dialogs.Market;

/// <summary>What a move in a negotiation led to.</summary>
public enum NegotiationResult
{
    /// <summary>The offer is open and waits for the artisan.</summary>
    Opened,

    /// <summary>The counter-offer is recorded and waits for the other side.</summary>
    Countered,

    /// <summary>A deal is recorded.</summary>
    Accepted,

    Declined,

    /// <summary>The offer reached the artisan's accept price and became a deal at once.</summary>
    AcceptedAutomatically,

    /// <summary>The offer was under the artisan's floor price and was declined at once.</summary>
    DeclinedAutomatically,

    /// <summary>The buyer already has an open offer on this product.</summary>
    AlreadyOpen,

    /// <summary>The product is not for sale (not listed, or sold out).</summary>
    Unavailable,

    /// <summary>The amount is zero, negative or over the marketplace's ceiling.</summary>
    InvalidAmount,

    /// <summary>The negotiation is over (accepted, declined or expired).</summary>
    Closed,

    /// <summary>The last move was this side's own: the other side has to answer first.</summary>
    NotYourTurn,
}
