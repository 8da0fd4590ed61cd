namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>What a voice note said as a negotiation answer, or why it could not be heard.</summary>
public sealed record VoiceNoteReading
{
    public required VoiceNoteReadingStatus Status { get; init; }

    /// <summary>The answer heard; <see cref="VoiceAnswerKind.Unknown"/> unless <see cref="Status"/> is Heard.</summary>
    public VoiceAnswerKind Kind { get; init; }

    /// <summary>The counter-offer amount in MAD when exactly one was heard.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The words heard (for the record only: never logged at Information).</summary>
    public string Transcript { get; init; } = "";

    public static VoiceNoteReading Because(VoiceNoteReadingStatus status) => new() { Status = status };
}
