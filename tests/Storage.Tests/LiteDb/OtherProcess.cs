using System.Diagnostics;

namespace SoukPlay.Storage.Tests.LiteDb;

/// <summary>
/// A second process on the same lock file, played by util-linux's <c>flock</c>, which takes the
/// same kind of lock (flock(2)) as .NET's <see cref="FileShare.None"/> on Linux.
/// </summary>
internal static class OtherProcess
{
    /// <summary>Starts a process that holds an exclusive lock on <paramref name="lockPath"/> until disposed.</summary>
    public static async Task<IDisposable> HoldLockAsync(string lockPath)
    {
        var ready = lockPath + ".held";
        var process = Process.Start(new ProcessStartInfo("flock")
        {
            ArgumentList = { "--exclusive", lockPath, "sh", "-c", $"touch '{ready}'; sleep 60" },
        })!;

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!File.Exists(ready) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        File.Exists(ready).Should().BeTrue("flock should have taken the lock");
        return new Holder(process);
    }

    /// <summary>Tries the lock without waiting; flock exits 1 when another holds it, 0 when it got it.</summary>
    public static async Task<int> TryLockAsync(string lockPath)
    {
        using var process = Process.Start(new ProcessStartInfo("flock")
        {
            ArgumentList = { "--exclusive", "--nonblock", "--conflict-exit-code", "1", lockPath, "true" },
        })!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private sealed class Holder(Process process) : IDisposable
    {
        public void Dispose()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }
}
