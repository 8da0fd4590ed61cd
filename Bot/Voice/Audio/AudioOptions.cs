namespace SoukPlay.Bot.Voice.Audio;

/// <summary>Settings under <c>Speech:Audio</c>.</summary>
public sealed class AudioOptions
{
    public const string SectionName = "Speech:Audio";

    /// <summary>The ffmpeg program: a name looked up on PATH, or a full path.</summary>
    public string FfmpegPath { get; set; } = "ffmpeg";

    public TimeSpan FfmpegTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest voice note decoded; longer ones are refused as too long.</summary>
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromMinutes(5);
}
