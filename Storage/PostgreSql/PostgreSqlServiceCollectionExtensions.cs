using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>Registers the PostgreSQL engine as the process's one store.</summary>
public static class PostgreSqlServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="PostgreSqlStore"/> (a singleton, disposed with the container) under
    /// the seven store interfaces, with its options bound from <paramref name="configuration"/> (the
    /// <c>Storage:PostgreSql</c> section) and validated when the host starts.
    /// </summary>
    public static IServiceCollection AddPostgreSqlStorage(
        this IServiceCollection services,
        IConfiguration configuration) =>
        services.AddPostgreSqlStorage(configuration, _ => true);

    /// <summary>
    /// As <see cref="AddPostgreSqlStorage(IServiceCollection, IConfiguration)"/>, checking the
    /// settings at start only when <paramref name="isUsed"/> says the engine is the chosen one.
    /// </summary>
    internal static IServiceCollection AddPostgreSqlStorage(
        this IServiceCollection services,
        IConfiguration configuration,
        Func<IServiceProvider, bool> isUsed)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var setting = configuration is IConfigurationSection section
            ? ConfigurationPath.Combine(section.Path, nameof(PostgreSqlOptions.ConnectionString))
            : nameof(PostgreSqlOptions.ConnectionString);

        services.AddOptions<PostgreSqlOptions>()
            .Bind(configuration)
            .Validate<IServiceProvider>(
                (o, provider) => !isUsed(provider) || !string.IsNullOrWhiteSpace(o.ConnectionString),
                $"{setting} is empty: give the database.")
            .Validate<IServiceProvider>(
                (o, provider) => !isUsed(provider) || IsReadable(o.ConnectionString),
                $"{setting} is not an Npgsql connection string.")
            .ValidateOnStart();

        services.TryAddSingleton(provider => new PostgreSqlStore(
            provider.GetRequiredService<IOptions<PostgreSqlOptions>>().Value,
            provider.GetService<ILogger<PostgreSqlStore>>()));
        services.TryAddSingleton<IMarketStore>(provider => provider.GetRequiredService<PostgreSqlStore>());
        services.TryAddSingleton<ICommunityStore>(provider => provider.GetRequiredService<PostgreSqlStore>());
        services.TryAddSingleton<IOutboxStore>(provider => provider.GetRequiredService<PostgreSqlStore>());
        services.TryAddSingleton<IInboundLog>(provider => provider.GetRequiredService<PostgreSqlStore>());
        services.TryAddSingleton<ITranslationCacheStore>(
            provider => provider.GetRequiredService<PostgreSqlStore>());
        services.TryAddSingleton<IProductPhotoLookup>(provider => provider.GetRequiredService<PostgreSqlStore>());
        services.TryAddSingleton<IProductPhotoStore>(provider => provider.GetRequiredService<PostgreSqlStore>());

        return services;
    }

    private static bool IsReadable(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
