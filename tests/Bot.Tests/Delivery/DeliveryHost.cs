using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SoukPlay.Bot.Outbox;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;
using SoukPlay.Tests.Support;

namespace SoukPlay.Bot.Tests.Delivery;

/// <summary>
/// The whole host as it runs for real (real turns, the real LiteDB store on a file in a temp
/// folder), with Twilio's REST calls going to a fake API on loopback.
/// </summary>
public sealed class DeliveryHost : WebApplicationFactory<Program>
{
    public const string ShopNumber = "+212522000111";
    public const string OtherNumber = "+212522000222";

    private readonly TempDatabase _database = new();
    private readonly Dictionary<string, string?> _settings;

    public DeliveryHost(string apiBaseUrl, IDictionary<string, string?>? settings = null)
    {
        _settings = new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = _database.FilePath,
            // Media only from loopback fakes: a Twilio-shaped photo address must never reach Twilio.
            ["Twilio:Media:AllowedHosts:0"] = "127.0.0.1",
            ["Twilio:AccountSid"] = BotHost.AccountSid,
            ["Twilio:AuthToken"] = BotHost.AuthToken,
            ["Twilio:PublicBaseUrl"] = BotHost.PublicBaseUrl,
            ["Twilio:ApiBaseUrl"] = apiBaseUrl,
            ["Twilio:InlineReplyBudget"] = "00:00:05",
            ["Outbox:PollInterval"] = "00:00:00.050",
            ["Outbox:RetryDelay"] = "00:00:00.050",
            ["Outbox:LogCheckDelay"] = "00:00:00",
            ["Outbox:MessagesPerSecond"] = "50",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public IOutboxStore Outbox => Services.GetRequiredService<IOutboxStore>();

    public IMarketStore Market => Services.GetRequiredService<IMarketStore>();

    /// <summary>Writes messages (and people) as a turn would, then wakes the sender.</summary>
    public async Task CommitAsync(params IEntity[] entities)
    {
        var changes = new ChangeSet();
        foreach (var entity in entities)
        {
            changes.Put(entity);
        }

        await Market.CommitAsync(changes);
        Services.GetRequiredService<OutboxSignal>().Notify();
    }

    public OutboxMessage Get(string id) => Outbox.GetAsync(id).GetAwaiter().GetResult()!;

    public Person? Person(string id) => Market.GetPersonAsync(id).GetAwaiter().GetResult();

    /// <summary>Starts the host now (the sender with it).</summary>
    public DeliveryHost Started()
    {
        _ = Services.GetRequiredService<IHost>();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
