using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SoukPlay.Storage.LiteDb;
using SoukPlay.Storage.PostgreSql;
using SoukPlay.Tests.Support;

namespace SoukPlay.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task AddStorage_NoEngineSetting_UsesLiteDbAndIgnoresThePostgreSqlSettings()
    {
        using var host = BuildHost([]);
        await host.StartAsync();

        var store = host.Services.GetRequiredService<LiteDbStore>();

        host.Services.GetRequiredService<IMarketStore>().Should().BeSameAs(store);
        host.Services.GetRequiredService<ITranslationCacheStore>().Should().BeSameAs(store);
        host.Services.GetRequiredService<IProductPhotoLookup>().Should().BeSameAs(store);
        host.Services.GetRequiredService<IProductPhotoStore>().Should().BeSameAs(store);
        store.FilePath.Should().Be(Path.Combine(_file.Folder, "data", "soukplay.db"));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddStorage_UnknownEngine_StartFailsNamingTheSettingAndTheChoices()
    {
        using var host = BuildHost(new() { ["Storage:Engine"] = "Mongo" });

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .WithMessage("*Storage:Engine*LiteDb or PostgreSql*");
    }

    [Theory]
    [InlineData("", "*Storage:PostgreSql:ConnectionString is empty*")]
    [InlineData("Host=db;Bogus Key=1", "*Storage:PostgreSql:ConnectionString is not an Npgsql connection string*")]
    public async Task AddStorage_PostgreSqlWithBadConnectionString_StartFailsNamingTheSetting(
        string value,
        string message)
    {
        using var host = BuildHost(new()
        {
            ["Storage:Engine"] = "postgresql",
            ["Storage:PostgreSql:ConnectionString"] = value,
        });

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).WithMessage(message);
        File.Exists(Path.Combine(_file.Folder, "data", "soukplay.db")).Should().BeFalse("LiteDB was not chosen");
    }

    [SkippableFact]
    public async Task AddStorage_PostgreSql_EveryStoreIsTheOnePostgreSqlStore()
    {
        Skip.If(PostgreSqlServer.Instance.UnavailableReason is not null, PostgreSqlServer.Instance.UnavailableReason);
        using var database = PostgreSqlServer.Instance.CreateDatabase();
        using var host = BuildHost(new()
        {
            ["Storage:Engine"] = "PostgreSql",
            ["Storage:PostgreSql:ConnectionString"] = database.ConnectionString,
        });
        await host.StartAsync();

        var store = host.Services.GetRequiredService<PostgreSqlStore>();

        host.Services.GetRequiredService<IMarketStore>().Should().BeSameAs(store);
        host.Services.GetRequiredService<ICommunityStore>().Should().BeSameAs(store);
        host.Services.GetRequiredService<IOutboxStore>().Should().BeSameAs(store);
        host.Services.GetRequiredService<IInboundLog>().Should().BeSameAs(store);
        host.Services.GetRequiredService<ITranslationCacheStore>().Should().BeSameAs(store);
        host.Services.GetRequiredService<IProductPhotoLookup>().Should().BeSameAs(store);
        host.Services.GetRequiredService<IProductPhotoStore>().Should().BeSameAs(store);
        File.Exists(Path.Combine(_file.Folder, "data", "soukplay.db")).Should().BeFalse("LiteDB was not chosen");
        await host.StopAsync();
    }

    private IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _file.Folder,
            DisableDefaults = true,
        });
        builder.Services.AddStorage(builder.Configuration.GetSection("Storage"));
        // Added after registration, as a test host's settings are: the engine is chosen later.
        builder.Configuration.AddInMemoryCollection(settings);

        return builder.Build();
    }
}
