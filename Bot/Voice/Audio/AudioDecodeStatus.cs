namespace SoukPlay.Bot.Voice.Audio;

/// <summary>How decoding a voice note ended.</summary>
public enum AudioDecodeStatus
{
    Ok,

    /// <summary>No decoder here reads this format (for most formats: ffmpeg is not installed).</summary>
    Unsupported,

    /// <summary>The bytes are not valid audio of the format they claim.</summary>
    Corrupt,

    /// <summary>The audio is longer than the configured maximum; it was not decoded whole.</summary>
    TooLong,
}
