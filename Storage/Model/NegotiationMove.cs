namespace SoukPlay.Storage.Model;

/// <summary>One step of a negotiation: an offer, a counter-offer, an acceptance or a decline.</summary>
public sealed class NegotiationMove
{
    public Party By { get; set; }

    public MoveKind Kind { get; set; }

    public decimal? AmountMad { get; set; }

    public DateTimeOffset At { get; set; }
}
