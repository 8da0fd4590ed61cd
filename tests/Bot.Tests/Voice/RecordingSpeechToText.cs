using SoukPlay.Bot.Voice.Transcription;

namespace SoukPlay.Bot.Tests.Voice;

/// <summary>Test double for <see cref="ISpeechToText"/>: records what it was given, answers as told.</summary>
internal sealed class RecordingSpeechToText(TranscriptionResult answer) : ISpeechToText
{
    public int Calls { get; private set; }

    public int LastSampleCount { get; private set; }

    public string? LastLanguageHint { get; private set; }

    public Task<TranscriptionResult> TranscribeAsync(
        ReadOnlyMemory<short> pcm16k,
        string? languageHint,
        CancellationToken cancellationToken)
    {
        Calls++;
        LastSampleCount = pcm16k.Length;
        LastLanguageHint = languageHint;
        return Task.FromResult(answer);
    }
}
