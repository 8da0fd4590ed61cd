namespace SoukPlay.Bot.Tests.Voice.Audio;

/// <summary>A fact that needs ffmpeg on PATH (Debian package <c>ffmpeg</c>); skipped, saying so, without it.</summary>
public sealed class FfmpegFactAttribute : FactAttribute
{
    public FfmpegFactAttribute()
    {
        if (!TestAudio.HasFfmpeg)
        {
            Skip = "ffmpeg is not on PATH; install the Debian package ffmpeg to run this test.";
        }
    }
}
