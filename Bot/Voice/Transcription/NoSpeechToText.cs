namespace SoukPlay.Bot.Voice.Transcription;

/// <summary>Used when <c>Speech:Provider</c> is none: every voice note is "not configured".</summary>
public sealed class NoSpeechToText : ISpeechToText
{
    public Task<TranscriptionResult> TranscribeAsync(
        ReadOnlyMemory<short> pcm16k,
        string? languageHint,
        CancellationToken cancellationToken) =>
        Task.FromResult(TranscriptionResult.NotConfigured);
}
