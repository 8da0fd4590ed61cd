using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Dialogs.Conversations.Onboarding;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.LiteDb;
using SoukPlay.Storage.Model;

namespace SoukPlay.Benchmarks;

/// <summary>
/// One whole turn (load person and state, run the dialogs, commit state and outbox to a real
/// LiteDB file). Twilio waits 15 s and the webhook answers inline within 1 s: the target is a
/// turn under 20 ms on a 2-core machine, leaving the budget to translation and speech.
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private string _folder = "";
    private ServiceProvider? _services;
    private ITurnProcessor? _processor;
    private int _message;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("soukplay-bench-").FullName;
        var store = new LiteDbStore(new LiteDbOptions { Path = Path.Combine(_folder, "bench.db") });
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IMarketStore>(store)
            .AddDialogEngine()
            .AddOnboarding()
            .BuildServiceProvider();
        _processor = _services.GetRequiredService<ITurnProcessor>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A new person's first message: the language menu, one commit.</summary>
    [Benchmark]
    public Task<TurnOutcome> FirstContactAsync()
    {
        var n = Interlocked.Increment(ref _message);
        return _processor!.ProcessAsync(new Activity
        {
            MessageId = $"SMbench{n}",
            From = $"+2126{n:D8}",
            To = "+212500000000",
            Channel = Channel.WhatsApp,
            Text = "salam",
        });
    }
}
