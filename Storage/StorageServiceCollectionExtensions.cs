using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SoukPlay.Storage.LiteDb;
using SoukPlay.Storage.PostgreSql;

namespace SoukPlay.Storage;

/// <summary>Chooses the storage engine from configuration.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine that <c>Engine</c> in <paramref name="storage"/> (the <c>Storage</c>
    /// section) names — <c>LiteDb</c> (the default, its settings under <c>Storage:LiteDb</c>) or
    /// <c>PostgreSql</c> (under <c>Storage:PostgreSql</c>) — under the seven store interfaces. The
    /// choice is read when the stores are first needed, not while services are registered, so
    /// configuration added later (a test host's, say) counts; an unknown name stops the start.
    /// Only the chosen engine is opened and only its settings are checked.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfigurationSection storage)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(storage);

        var engineSetting = ConfigurationPath.Combine(storage.Path, nameof(StorageOptions.Engine));
        services.AddOptions<StorageOptions>()
            .Bind(storage)
            .Validate(
                o => o.IsKnownEngine,
                $"{engineSetting} names no engine: it must be {StorageOptions.LiteDb} "
                    + $"or {StorageOptions.PostgreSql}.")
            .ValidateOnStart();

        services.AddLiteDbStorage(storage.GetSection(StorageOptions.LiteDb));
        services.AddPostgreSqlStorage(
            storage.GetSection(StorageOptions.PostgreSql),
            provider => provider.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgreSql);

        services.Replace(ServiceDescriptor.Singleton<IMarketStore>(Chosen<IMarketStore>));
        services.Replace(ServiceDescriptor.Singleton<ICommunityStore>(Chosen<ICommunityStore>));
        services.Replace(ServiceDescriptor.Singleton<IOutboxStore>(Chosen<IOutboxStore>));
        services.Replace(ServiceDescriptor.Singleton<IInboundLog>(Chosen<IInboundLog>));
        services.Replace(ServiceDescriptor.Singleton<ITranslationCacheStore>(Chosen<ITranslationCacheStore>));
        services.Replace(ServiceDescriptor.Singleton<IProductPhotoLookup>(Chosen<IProductPhotoLookup>));
        services.Replace(ServiceDescriptor.Singleton<IProductPhotoStore>(Chosen<IProductPhotoStore>));

        return services;
    }

    private static T Chosen<T>(IServiceProvider provider)
        where T : class =>
        provider.GetRequiredService<IOptions<StorageOptions>>().Value.UsesPostgreSql
            ? (T)(object)provider.GetRequiredService<PostgreSqlStore>()
            : (T)(object)provider.GetRequiredService<LiteDbStore>();
}
