namespace SoukPlay.Storage.LiteDb;

/// <summary>Where the embedded LiteDB file lives.</summary>
public sealed class LiteDbOptions
{
    /// <summary>The default file, under <c>./data</c>.</summary>
    public const string DefaultPath = "data/soukplay.db";

    /// <summary>
    /// The database file. A relative path is taken from the content root (or, outside a host, the
    /// current directory); the folder is created when missing.
    /// </summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>
    /// The absolute file path; a relative <see cref="Path"/> starts from <paramref name="baseDirectory"/>.
    /// </summary>
    public string ResolvePath(string? baseDirectory = null) =>
        System.IO.Path.GetFullPath(Path, baseDirectory ?? Directory.GetCurrentDirectory());
}
