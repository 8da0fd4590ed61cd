using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;
using SoukPlay.Tests.Support;

namespace SoukPlay.Bot.Tests.Admin;

/// <summary>The real host on a real LiteDB file in local mode (no Twilio), with an admin key or none.</summary>
public sealed class AdminHost : WebApplicationFactory<Program>
{
    public const string Key = "test-admin-key-0123456789";

    private readonly TempDatabase _database = new();
    private readonly string? _key;

    public AdminHost(string? key = Key)
    {
        _key = key;
    }

    public CapturedLogs Logs { get; } = new();

    public CampaignService Campaigns => Services.GetRequiredService<CampaignService>();

    public IOutboxStore Outbox => Services.GetRequiredService<IOutboxStore>();

    public HttpClient Client(string? key = Key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Admin-Key", key);
        }

        return client;
    }

    /// <summary>Runs a campaign action and commits it, as a test's set-up.</summary>
    public async Task<T> CommitAsync<T>(Func<ChangeSet, Task<T>> action)
    {
        var changes = new ChangeSet();
        var result = await action(changes);
        await Services.GetRequiredService<IMarketStore>().CommitAsync(changes);
        return result;
    }

    public Task SeedPersonAsync(string phone, string language) =>
        Services.GetRequiredService<IMarketStore>().CommitAsync(new ChangeSet().Put(new Person
        {
            Id = phone,
            Language = language,
            Role = Role.Artisan,
            LastChannel = Channel.WhatsApp,
            LastBotNumber = "+212522000000",
        }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = _database.FilePath,
            ["Admin:ApiKey"] = _key,
        }));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
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
