using SoukPlay.Bot.Tests.Support;

namespace SoukPlay.Bot.Tests.Hosting;

public sealed class StartupMessagesTests
{
    [Fact]
    public async Task Start_LocalModeOnKestrel_LogsAddressAndHowToTalkToTheBot()
    {
        using var host = new BotHost(
            new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" },
            twilio: false);
        host.UseKestrel();
        host.StartServer();

        // The message is logged by an ApplicationStarted callback, which may run just after
        // StartServer returns.
        var logged = await Eventually.GetAsync(
            () => host.Logs.Entries.Select(e => e.Message).ToList(),
            messages => messages.Exists(m => m.StartsWith("open http://", StringComparison.Ordinal)),
            "the start-up messages");

        var open = logged.Should().ContainSingle(m => m.StartsWith("open http://127.0.0.1:", StringComparison.Ordinal))
            .Subject;
        open.Should().EndWith("/dev/chat to talk to the bot");
        var url = open["open ".Length..^" to talk to the bot".Length];
        using var client = new HttpClient();
        (await client.GetStringAsync(url)).Should().Contain("Souk &amp; Play");
    }
}
