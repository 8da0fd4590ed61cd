namespace SoukPlay.Bot.Voice.Transcription;

/// <summary>A speech-to-text provider, chosen by <c>Speech:Provider</c>.</summary>
public interface ISpeechToText
{
    /// <param name="pcm16k">Mono signed 16-bit samples at 16 kHz.</param>
    /// <param name="languageHint">The speaker's language (BCP 47, e.g. <c>fr</c>, <c>ary</c>), if known.</param>
    /// <param name="cancellationToken">Stops the transcription.</param>
    /// <returns>The transcript or why not; never throws for a provider failure.</returns>
    Task<TranscriptionResult> TranscribeAsync(
        ReadOnlyMemory<short> pcm16k,
        string? languageHint,
        CancellationToken cancellationToken);
}
