namespace SoukPlay.Bot.Voice.Transcription;

/// <summary>The JSON body of <c>/v1/audio/transcriptions</c> with <c>response_format=json</c>.</summary>
internal sealed record OpenAiTranscriptionResponse(string? Text, string? Language);
