namespace SoukPlay.Bot.Voice.Transcription;

public enum SpeechProvider
{
    None,
    Whisper,
    OpenAi,
}
