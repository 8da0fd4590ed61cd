namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>The answer to an offer that a voice note gives.</summary>
public enum VoiceAnswerKind
{
    Unknown,
    Accept,
    Counter,
    Decline,
}
