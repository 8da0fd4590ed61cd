using SoukPlay.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SoukPlay.Storage.LiteDb;

namespace SoukPlay.Storage.Tests.LiteDb;

public sealed class LiteDbServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task AddLiteDbStorage_RelativePath_OneStoreUnderTheContentRoot()
    {
        using var host = BuildHost(new() { ["Storage:LiteDb:Path"] = "data/market.db" });
        await host.StartAsync();

        var services = host.Services;
        var store = services.GetRequiredService<LiteDbStore>();

        services.GetRequiredService<IMarketStore>().Should().BeSameAs(store);
        services.GetRequiredService<ICommunityStore>().Should().BeSameAs(store);
        services.GetRequiredService<IOutboxStore>().Should().BeSameAs(store);
        services.GetRequiredService<IInboundLog>().Should().BeSameAs(store);
        services.GetRequiredService<ITranslationCacheStore>().Should().BeSameAs(store);
        store.FilePath.Should().Be(Path.Combine(_file.Folder, "data", "market.db"));
        File.Exists(store.FilePath).Should().BeTrue();
        await host.StopAsync();
    }

    [Fact]
    public async Task AddLiteDbStorage_NoPathSetting_UsesTheDefaultFile()
    {
        using var host = BuildHost([]);
        await host.StartAsync();

        var store = host.Services.GetRequiredService<LiteDbStore>();

        store.FilePath.Should().Be(Path.Combine(_file.Folder, "data", "soukplay.db"));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddLiteDbStorage_EmptyPath_StartFailsNamingTheSetting()
    {
        using var host = BuildHost(new() { ["Storage:LiteDb:Path"] = " " });

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>())
            .WithMessage("*Storage:LiteDb:Path*");
    }

    [Fact]
    public async Task AddLiteDbStorage_DisposingTheHost_ClosesTheFile()
    {
        var host = BuildHost([]);
        await host.StartAsync();
        var filePath = host.Services.GetRequiredService<IMarketStore>() is LiteDbStore store
            ? store.FilePath
            : "";
        await host.StopAsync();

        host.Dispose();

        using var reopened = new LiteDbStore(new LiteDbOptions { Path = filePath });
        reopened.FilePath.Should().Be(filePath);
    }

    [Fact]
    public void AddLiteDbStorage_ConfigureAction_AppliesTheOptions()
    {
        var services = new ServiceCollection().AddLiteDbStorage(options => options.Path = _file.FilePath);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<LiteDbOptions>>().Value;

        options.Path.Should().Be(_file.FilePath);
    }

    private IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _file.Folder,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLiteDbStorage(builder.Configuration.GetSection("Storage:LiteDb"));

        return builder.Build();
    }
}
