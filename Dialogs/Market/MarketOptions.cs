using System.ComponentModel.DataAnnotations;

namespace SoukPlay.Dialogs.Market;

/// <summary>The marketplace's rules that an operator may tune (section <c>Market</c>).</summary>
public sealed class MarketOptions
{
    public const string SectionName = "Market";

    /// <summary>How long an offer or counter-offer waits for an answer before it expires.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan OfferLifetime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>The largest share of listed products that may come from urban makers.</summary>
    [Range(0.0, 1.0)]
    public double MaxUrbanShare { get; set; } = 0.30;

    /// <summary>
    /// How long after a deal the buyer and the artisan can still write to each other through the
    /// bot (to arrange payment and delivery), unless one of them ends the chat first.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "90.00:00:00")]
    public TimeSpan DealChatLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The highest price or offer accepted, in MAD.</summary>
    [Range(1, 10_000_000)]
    public decimal MaxPriceMad { get; set; } = 99_999;
}
