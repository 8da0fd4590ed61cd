using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SoukPlay.Bot.Tests.Broadcast;

/// <summary>
/// The built bot (<c>SoukPlay.Bot.dll</c>) run as a child process on a free loopback port, with the
/// settings given as environment variables; its output is kept for the failure message.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private const string BotDll = "SoukPlay.Bot.dll";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private BotProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string Output => string.Join('\n', _output.TakeLast(60));

    /// <summary>Starts the bot and waits until it answers HTTP (any status), or fails after 30 seconds.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);

        var dll = FindBotDll();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var bot = new BotProcess(Process.Start(start)!, port);
        bot.CaptureOutput();
        await bot.WaitUntilListeningAsync();
        return bot;
    }

    /// <summary>Kills the process and everything it started, at once, as a crash would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    /// <summary>
    /// The bot next to this test assembly (the project reference copies it with its
    /// runtimeconfig), else the Bot project's own output found from the solution folder.
    /// </summary>
    private static string FindBotDll()
    {
        var local = Path.Combine(AppContext.BaseDirectory, BotDll);
        if (File.Exists(local) && File.Exists(Path.ChangeExtension(local, ".runtimeconfig.json")))
        {
            return local;
        }

        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SoukPlay.Bot.sln")))
        {
            folder = folder.Parent;
        }

        var found = folder is null
            ? null
            : Directory.EnumerateFiles(Path.Combine(folder.FullName, "Bot", "bin"), BotDll, SearchOption.AllDirectories)
                .Select(path => new FileInfo(path))
                .Where(file => File.Exists(Path.ChangeExtension(file.FullName, ".runtimeconfig.json")))
                .OrderByDescending(file => file.LastWriteTimeUtc)
                .FirstOrDefault();
        return found?.FullName
            ?? throw new FileNotFoundException($"{BotDll} was not found; build the Bot project first.");
    }

    private void CaptureOutput()
    {
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"The bot did not start listening:\n{Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
