using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SoukPlay.Bot.Tests.Support;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>
/// The whole host as it runs in production: the real LiteDB store on <paramref name="databasePath"/>,
/// the real dialogs and the real Twilio sender, whose REST calls go to <paramref name="twilioApiUrl"/>.
/// Only the settings (and, when given, the clock) differ from a deployment.
/// </summary>
public sealed class MarketHost(
    string databasePath,
    string twilioApiUrl,
    IDictionary<string, string?>? settings = null,
    TimeProvider? clock = null) : WebApplicationFactory<Program>
{
    /// <summary>The platform's own number, where artisans and buyers write by default.</summary>
    public const string PlatformNumber = "+212522000111";

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = databasePath,
            // Media only from loopback fakes: a Twilio-shaped photo address must never reach Twilio.
            ["Twilio:Media:AllowedHosts:0"] = "127.0.0.1",
            ["Twilio:AccountSid"] = BotHost.AccountSid,
            ["Twilio:AuthToken"] = BotHost.AuthToken,
            ["Twilio:PublicBaseUrl"] = BotHost.PublicBaseUrl,
            ["Twilio:ApiBaseUrl"] = twilioApiUrl,
            ["Twilio:PlatformNumber"] = PlatformNumber,
            ["Twilio:InlineReplyBudget"] = "00:00:05",
            ["Outbox:PollInterval"] = "00:00:00.100",
            // Pacing has its own tests; here it would only make the story wait on segment budgets.
            ["Outbox:MessagesPerSecond"] = "50",
            ["Outbox:RetryDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(all));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <summary>Starts the host now, so that a start failure surfaces in the test.</summary>
    public MarketHost Started()
    {
        _ = Services.GetRequiredService<IHost>();
        return this;
    }
}
