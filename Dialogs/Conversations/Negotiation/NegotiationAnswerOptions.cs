namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// Begins <see cref="NegotiationAnswerDialog"/> for one negotiation from another dialog (the
/// inbox): it shows the offer and its menu, and ends normally. Begun without options (by the
/// runner's focus interruption) it answers the message that just came.
/// </summary>
public sealed record NegotiationAnswerOptions(string NegotiationId);
