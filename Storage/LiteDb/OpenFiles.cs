using System.Collections.Concurrent;

namespace SoukPlay.Storage.LiteDb;

/// <summary>
/// The database files this process has open. LiteDB lets a second direct-mode instance open a file
/// the process already holds, and the two then keep separate caches and locks; refusing it keeps
/// the one-instance-per-file rule that the write lock relies on.
/// </summary>
internal static class OpenFiles
{
    private static readonly ConcurrentDictionary<string, bool> Paths = new(
        OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    public static void Add(string filePath)
    {
        if (!Paths.TryAdd(filePath, true))
        {
            throw new InvalidOperationException(
                $"The LiteDB file {filePath} is already open in this process: share the one "
                    + $"{nameof(LiteDbStore)} (register it once, with AddLiteDbStorage).");
        }
    }

    public static void Remove(string filePath) => Paths.TryRemove(filePath, out _);
}
