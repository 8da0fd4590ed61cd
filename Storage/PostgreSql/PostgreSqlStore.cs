using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NpgsqlTypes;
using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>
/// The engine for several hosts: every store over one PostgreSQL database, which any number of
/// processes may share. Each entity is a JSON document in its type's table, with its version and
/// the fields the store queries copied into typed, indexed columns (<see cref="PostgreSqlTables"/>).
/// A commit is one transaction whose writes each check the version they carry, so two hosts
/// changing one entity meet as a <see cref="ConcurrencyConflictException"/>, as two turns do in one.
/// </summary>
public sealed partial class PostgreSqlStore
    : IMarketStore,
        ICommunityStore,
        IOutboxStore,
        IInboundLog,
        ITranslationCacheStore,
        IProductPhotoLookup,
        IProductPhotoStore,
        IDisposable
{
    private const string Selected = "version, doc::text";

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger _logger;

    /// <summary>Connects to the database named by <paramref name="options"/> and creates what is missing.</summary>
    /// <exception cref="NpgsqlException">The database cannot be reached or refused the schema.</exception>
    public PostgreSqlStore(PostgreSqlOptions options, ILogger<PostgreSqlStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString, nameof(options));

        _logger = logger ?? (ILogger)NullLogger.Instance;
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);

        try
        {
            PostgreSqlSchema.Ensure(_dataSource);
        }
        catch
        {
            _dataSource.Dispose();
            throw;
        }

        var settings = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        Log.Opened(_logger, settings.Database, settings.Host, settings.Port, PostgreSqlTables.Count);
    }

    /// <summary>Closes the connection pool.</summary>
    public void Dispose() => _dataSource.Dispose();

    private static string Serialize(IEntity entity) => JsonSerializer.Serialize(entity, entity.GetType(), Json);

    private static NpgsqlParameter Parameter(string name, object? value) => new(name, value ?? DBNull.Value);

    private static NpgsqlParameter Document(IEntity entity) =>
        new("doc", NpgsqlDbType.Jsonb) { Value = Serialize(entity) };

    private Task<T?> FindByIdAsync<T>(string id, CancellationToken cancellationToken)
        where T : class, IEntity
    {
        ArgumentNullException.ThrowIfNull(id);

        return FirstAsync<T>($"WHERE id = @id", cancellationToken, Parameter("id", id));
    }

    private async Task<T?> FirstAsync<T>(
        string where,
        CancellationToken cancellationToken,
        params NpgsqlParameter[] parameters)
        where T : class, IEntity =>
        (await ListAsync<T>($"{where} LIMIT 1", cancellationToken, parameters)) is [var first, ..]
            ? first
            : null;

    /// <summary>
    /// Reads the entities of <typeparamref name="T"/>'s table that <paramref name="clauses"/> (everything
    /// after <c>FROM table</c>: WHERE, ORDER BY, LIMIT) select, with their stored versions.
    /// </summary>
    private Task<IReadOnlyList<T>> ListAsync<T>(
        string clauses,
        CancellationToken cancellationToken,
        params NpgsqlParameter[] parameters)
        where T : class, IEntity =>
        ReadAsync<T>(
            $"SELECT {Selected} FROM {PostgreSqlTables.Of<T>().Name} {clauses}",
            cancellationToken,
            parameters);

    /// <summary>Runs <paramref name="sql"/>, whose rows are a version and a document, and reads them.</summary>
    private async Task<IReadOnlyList<T>> ReadAsync<T>(
        string sql,
        CancellationToken cancellationToken,
        params NpgsqlParameter[] parameters)
        where T : class, IEntity
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entities = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var entity = JsonSerializer.Deserialize<T>(reader.GetString(1), Json)
                ?? throw new InvalidDataException($"{PostgreSqlTables.Of<T>().Name}: a row holds a null document.");
            entity.Version = reader.GetInt32(0);
            entities.Add(entity);
        }

        return entities;
    }

    private async Task<T> ScalarAsync<T>(
        string sql,
        CancellationToken cancellationToken,
        params NpgsqlParameter[] parameters)
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);

        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<int> ExecuteAsync(
        string sql,
        CancellationToken cancellationToken,
        params NpgsqlParameter[] parameters)
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
