using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SoukPlay.Bot.Translation;
using SoukPlay.Storage;

namespace SoukPlay.Bot.Tests.Translation;

/// <summary>The services AddTranslation registers, over the given settings, as the host builds them.</summary>
internal static class TranslationHost
{
    public static ServiceProvider Build(Dictionary<string, string?> settings, InMemoryTranslationCache? cache = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<ITranslationCacheStore>(cache ?? new InMemoryTranslationCache());
        services.AddTranslation(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
