namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// Begins <see cref="NegotiationAnswerDialog"/> for one negotiation from another dialog (the
/// inbox): it shows the offer and its menu, and ends normally. Begun without options (by the
/// runner's focus interruption) it answers the message that just came. With
/// <paramref name="ShowOnly"/> (the runner, after "help" or an aside) it shows the offer only if it
/// waits for this person's answer, and otherwise takes itself off without a word.
/// </summary>
public sealed record NegotiationAnswerOptions(string NegotiationId, bool ShowOnly = false);
