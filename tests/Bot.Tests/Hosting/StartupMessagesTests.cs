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

        var logged = host.Logs.Entries.Select(e => e.Message).ToList();

        var open = logged.Should().ContainSingle(m => m.StartsWith("open http://127.0.0.1:", StringComparison.Ordinal))
            .Subject;
        open.Should().EndWith("/dev/chat to talk to the bot");
        var url = open["open ".Length..^" to talk to the bot".Length];
        using var client = new HttpClient();
        (await client.GetStringAsync(url)).Should().Contain("Souk &amp; Play");
    }
}
