namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>How hearing a voice note ended.</summary>
public enum VoiceNoteReadingStatus
{
    /// <summary>Words were heard; the answer may still be <see cref="VoiceAnswerKind.Unknown"/>.</summary>
    Heard,

    /// <summary>No speech-to-text is configured on this host.</summary>
    NotConfigured,

    /// <summary>The audio could not be fetched, decoded or transcribed.</summary>
    Failed,
}
