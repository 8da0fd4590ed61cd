using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SoukPlay.Storage.LiteDb;

/// <summary>Registers the LiteDB engine as the process's one store.</summary>
public static class LiteDbServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="LiteDbStore"/> (a singleton, disposed with the container) as
    /// <see cref="IMarketStore"/>, <see cref="ICommunityStore"/>, <see cref="IOutboxStore"/>,
    /// <see cref="IInboundLog"/>, <see cref="ITranslationCacheStore"/> and
    /// <see cref="IProductPhotoLookup"/> and <see cref="IProductPhotoStore"/>, with its options bound
    /// from <paramref name="configuration"/> (e.g. the <c>Storage:LiteDb</c> section) and validated
    /// when the host starts.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var pathSetting = configuration is IConfigurationSection section
            ? ConfigurationPath.Combine(section.Path, nameof(LiteDbOptions.Path))
            : nameof(LiteDbOptions.Path);

        return services.AddLiteDbStorage(builder => builder.Bind(configuration), pathSetting);
    }

    /// <summary>
    /// Registers one <see cref="LiteDbStore"/> under the seven store interfaces, with options set by
    /// <paramref name="configure"/> and validated when the host starts.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(
        this IServiceCollection services,
        Action<LiteDbOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        return services.AddLiteDbStorage(
            builder => builder.Configure(configure),
            $"{nameof(LiteDbOptions)}.{nameof(LiteDbOptions.Path)}");
    }

    private static IServiceCollection AddLiteDbStorage(
        this IServiceCollection services,
        Action<OptionsBuilder<LiteDbOptions>> configure,
        string pathSetting)
    {
        var options = services.AddOptions<LiteDbOptions>();
        configure(options);
        options
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.Path),
                $"{pathSetting} is empty: it must name the LiteDB file (default {LiteDbOptions.DefaultPath}).")
            .ValidateOnStart();

        services.TryAddSingleton(CreateStore);
        services.TryAddSingleton<IMarketStore>(provider => provider.GetRequiredService<LiteDbStore>());
        services.TryAddSingleton<ICommunityStore>(provider => provider.GetRequiredService<LiteDbStore>());
        services.TryAddSingleton<IOutboxStore>(provider => provider.GetRequiredService<LiteDbStore>());
        services.TryAddSingleton<IInboundLog>(provider => provider.GetRequiredService<LiteDbStore>());
        services.TryAddSingleton<ITranslationCacheStore>(
            provider => provider.GetRequiredService<LiteDbStore>());
        services.TryAddSingleton<IProductPhotoLookup>(provider => provider.GetRequiredService<LiteDbStore>());
        services.TryAddSingleton<IProductPhotoStore>(provider => provider.GetRequiredService<LiteDbStore>());

        return services;
    }

    private static LiteDbStore CreateStore(IServiceProvider provider) =>
        new(
            provider.GetRequiredService<IOptions<LiteDbOptions>>().Value,
            provider.GetService<ILogger<LiteDbStore>>(),
            provider.GetService<IHostEnvironment>()?.ContentRootPath);
}
