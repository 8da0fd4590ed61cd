using System.Diagnostics;
using SoukPlay.Bot.Voice.Audio;

namespace SoukPlay.Bot.Tests.Voice.Audio;

/// <summary>Signals and files made in the tests, and measures of decoded audio.</summary>
internal static class TestAudio
{
    public static bool HasFfmpeg { get; } = FfmpegLocator.Find("ffmpeg") is not null;

    /// <summary>A tone whose loudness rises and falls four times a second, like syllables.</summary>
    public static short[] SpeechLikeTone(double seconds, int sampleRate, double frequency = 440)
    {
        var samples = new short[(int)(seconds * sampleRate)];
        for (var i = 0; i < samples.Length; i++)
        {
            var t = (double)i / sampleRate;
            var envelope = 0.55 + (0.45 * Math.Sin(2 * Math.PI * 4 * t));
            samples[i] = (short)(12000 * envelope * Math.Sin(2 * Math.PI * frequency * t));
        }

        return samples;
    }

    public static double Rms(ReadOnlySpan<short> samples)
    {
        double sum = 0;
        foreach (var s in samples)
        {
            sum += (double)s * s;
        }

        return samples.Length == 0 ? 0 : Math.Sqrt(sum / samples.Length);
    }

    /// <summary>Zero crossings per second over the middle of the signal, about twice its frequency.</summary>
    public static double CrossingsPerSecond(ReadOnlySpan<short> samples, int sampleRate)
    {
        var middle = samples[(samples.Length / 4)..(samples.Length * 3 / 4)];
        var crossings = 0;
        for (var i = 1; i < middle.Length; i++)
        {
            if ((middle[i - 1] < 0) != (middle[i] < 0))
            {
                crossings++;
            }
        }

        return crossings / ((double)middle.Length / sampleRate);
    }

    /// <summary>Runs ffmpeg on a file made in the test and returns the bytes it wrote.</summary>
    public static byte[] Ffmpeg(
        byte[] input,
        string inputExtension,
        string outputExtension,
        params string[] codecArguments)
    {
        var folder = Directory.CreateTempSubdirectory("soukplay-audio-");
        try
        {
            var source = Path.Combine(folder.FullName, "in." + inputExtension);
            var target = Path.Combine(folder.FullName, "out." + outputExtension);
            File.WriteAllBytes(source, input);
            var info = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, UseShellExecute = false };
            string[] arguments = ["-hide_banner", "-loglevel", "error", "-y", "-i", source, .. codecArguments, target];
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info)!;
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.Should().Be(0, errors);
            return File.ReadAllBytes(target);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
