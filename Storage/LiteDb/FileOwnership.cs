namespace SoukPlay.Storage.LiteDb;

/// <summary>
/// Claims a database file for this process across processes: an exclusive lock on a companion
/// file (<c>market.db.lock</c> beside <c>market.db</c>), held for as long as the store is open. LiteDB
/// opens its file in direct mode without such a lock, so two hosts started on one file would each
/// cache pages and overwrite the other's writes; the second one now stops at once instead.
/// </summary>
/// <remarks>
/// The lock is the operating system's (on Linux and macOS an advisory <c>flock</c>, which .NET takes
/// for <see cref="FileShare.None"/>), so it is released when the process ends, even when it is
/// killed; the empty lock file itself stays behind and is harmless. A tool that ignores advisory
/// locks (a file copy, LiteDB Studio) is not stopped by it.
/// </remarks>
internal sealed class FileOwnership : IDisposable
{
    private readonly FileStream _lock;

    private FileOwnership(FileStream lockFile) => _lock = lockFile;

    /// <summary>Takes the lock for <paramref name="databasePath"/>, or throws if another holds it.</summary>
    public static FileOwnership Claim(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        try
        {
            var lockFile = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new FileOwnership(lockFile);
        }
        catch (IOException exception)
        {
            throw new InvalidOperationException(
                $"The LiteDB file {databasePath} is in use by another process, which holds {lockPath}. "
                    + "Only one host may open a LiteDB file; stop the other one or give this one its "
                    + "own Storage:LiteDb:Path.",
                exception);
        }
    }

    public void Dispose() => _lock.Dispose();
}
