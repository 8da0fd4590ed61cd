namespace SoukPlay.Bot.Voice.Audio;

/// <summary>Finds the ffmpeg program: a full path as given, or a name looked up on PATH.</summary>
internal static class FfmpegLocator
{
    public static string? Find(string configured)
    {
        if (Path.IsPathRooted(configured) || configured.Contains(Path.DirectorySeparatorChar))
        {
            return File.Exists(configured) ? configured : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var names = OperatingSystem.IsWindows() ? new[] { configured, configured + ".exe" } : [configured];
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => names.Select(name => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
    }
}
