using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SoukPlay.Bot.Tests.Fakes;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;

namespace SoukPlay.Bot.Tests.Support;

/// <summary>
/// The real host over test doubles for the stores and the turn, with settings of the test's choice.
/// Twilio settings default to a signed-request setup whose REST calls go to the given API address
/// (by default a closed loopback port).
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "test-auth-token-1234";
    public const string PublicBaseUrl = "https://bot.example.test";

    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    public BotHost(
        IDictionary<string, string?>? settings = null,
        bool twilio = true,
        string? apiBaseUrl = null,
        string environment = "Production")
    {
        _environment = environment;
        _settings = new Dictionary<string, string?>
        {
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Outbox:RetryDelay"] = "00:00:00.050",
        };
        if (twilio)
        {
            _settings["Twilio:AccountSid"] = AccountSid;
            _settings["Twilio:AuthToken"] = AuthToken;
            _settings["Twilio:PublicBaseUrl"] = PublicBaseUrl;
            _settings["Twilio:ApiBaseUrl"] = apiBaseUrl ?? "http://127.0.0.1:9";
            _settings["Twilio:InlineReplyBudget"] = "00:00:01";

            // Media only from loopback fakes: a Twilio-shaped photo address must never reach Twilio.
            // (Any Twilio:* value turns local mode off, so this is set only with the rest.)
            _settings["Twilio:Media:AllowedHosts:0"] = "127.0.0.1";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        Turns = new ScriptedTurnProcessor(Outbox, TimeProvider.System);
    }

    public InMemoryInboundLog InboundLog { get; } = new();

    public InMemoryOutboxStore Outbox { get; } = new();

    public SenderNumbersOnlyMarketStore Market { get; } = new();

    public ScriptedTurnProcessor Turns { get; }

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IInboundLog>();
            services.RemoveAll<IOutboxStore>();
            services.RemoveAll<IMarketStore>();
            services.RemoveAll<IProductPhotoLookup>();
            services.RemoveAll<IProductPhotoStore>();
            services.RemoveAll<ITurnProcessor>();
            services.AddSingleton<IInboundLog>(InboundLog);
            services.AddSingleton<IOutboxStore>(Outbox);
            services.AddSingleton<IMarketStore>(Market);
            services.AddSingleton<IProductPhotoLookup>(Market);
            services.AddSingleton<IProductPhotoStore>(new InMemoryProductPhotoStore());
            services.AddSingleton<ITurnProcessor>(Turns);
        });
    }

    /// <summary>Starts the host now, so that a start failure surfaces in the test.</summary>
    public BotHost Started()
    {
        _ = Services.GetRequiredService<IHost>();
        return this;
    }
}
