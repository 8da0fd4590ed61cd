using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>What <see cref="OfferAmountDialog"/> asks, and what it checks the amount against.</summary>
public sealed record OfferAmountOptions
{
    /// <summary>The amount question; not asked when <see cref="HeardMad"/> is set.</summary>
    public required PromptOptions Ask { get; init; }

    /// <summary>The side that makes the offer or counter-offer.</summary>
    public Party By { get; init; }

    /// <summary>
    /// True for a buyer's first offer, checked against the asking price; false for a
    /// counter-offer, checked against the other side's amount on the table.
    /// </summary>
    public bool IsFirstOffer { get; init; }

    /// <summary>The asking price (first offer) or the other side's amount on the table, in MAD.</summary>
    public decimal LimitMad { get; init; }

    /// <summary>An amount already heard in a voice note: it is checked without asking.</summary>
    public decimal? HeardMad { get; init; }

    public string Product { get; init; } = "";

    public string Shop { get; init; } = "";

    /// <summary>The buyer as the artisan sees them (their profile name, else "a buyer").</summary>
    public string Buyer { get; init; } = "";
}
