namespace SoukPlay.Bot.Voice;

/// <summary>The intent read from a transcript, with the spoken amount of a counter-offer if any.</summary>
public sealed record OfferIntent
{
    public static OfferIntent Unknown { get; } = new() { Kind = OfferIntentKind.Unknown };

    public required OfferIntentKind Kind { get; init; }

    /// <summary>The counter-offer amount when exactly one was heard. Confirm it with a menu before sending.</summary>
    public decimal? Amount { get; init; }

    public string? Currency { get; init; }

    /// <summary>Readings to offer as a menu when the amount was heard but is ambiguous.</summary>
    public IReadOnlyList<decimal> AmountCandidates { get; init; } = [];
}
