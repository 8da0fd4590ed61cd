using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Market;

/// <summary>The result of a move, with the negotiation as it now is and the deal when one was made.</summary>
public sealed record NegotiationOutcome(NegotiationResult Result, Negotiation? Negotiation, Deal? Deal = null)
{
    /// <summary>Whether the move changed anything that the other side must hear about.</summary>
    public bool Changed => Result is NegotiationResult.Opened
        or NegotiationResult.Countered
        or NegotiationResult.Accepted
        or NegotiationResult.Declined
        or NegotiationResult.AcceptedAutomatically
        or NegotiationResult.DeclinedAutomatically;
}
