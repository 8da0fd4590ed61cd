namespace SoukPlay.Bot.Voice.Calls;

/// <summary>One Twilio Voice callback, read from its form and the query of its action URL.</summary>
public sealed record CallRequest
{
    public required string CallSid { get; init; }

    /// <summary>The caller in E.164.</summary>
    public required string From { get; init; }

    /// <summary>Our number that was called, in E.164.</summary>
    public required string To { get; init; }

    /// <summary>One of <see cref="CallStep"/>.</summary>
    public required string Step { get; init; }

    /// <summary>The keys pressed (without the finishing #), when any.</summary>
    public string? Digits { get; init; }

    /// <summary>What Twilio's speech recognition heard, when any.</summary>
    public string? Speech { get; init; }

    /// <summary>The negotiation being answered (query <c>n</c>).</summary>
    public string? NegotiationId { get; init; }

    /// <summary>The ballot broadcast being answered (query <c>b</c>).</summary>
    public string? BallotId { get; init; }

    /// <summary>The counter-offer amount being confirmed (query <c>a</c>).</summary>
    public decimal? Amount { get; init; }

    /// <summary>How many times this question was already asked again (query <c>t</c>).</summary>
    public int Attempt { get; init; }

    /// <summary>The keys pressed, else the words heard, trimmed; empty for silence.</summary>
    public string Input => (string.IsNullOrWhiteSpace(Digits) ? Speech ?? "" : Digits).Trim();
}
