namespace SoukPlay.Bot.Voice.Transcription;

/// <summary>
/// Maps the bot's language tags to the ISO 639-1 codes Whisper models know. Darija (ary, in
/// either script) has no code of its own there and is sent as Arabic (ar); Whisper then writes
/// it in Arabic script, which the intent reader handles.
/// </summary>
internal static class SpeechLanguage
{
    public static string? ToWhisperCode(string? languageHint)
    {
        if (string.IsNullOrWhiteSpace(languageHint))
        {
            return null;
        }

        var primary = languageHint.Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "ary" => "ar",
            { Length: 2 } => primary,
            _ => null,
        };
    }
}
