using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.LiteDb;

/// <summary>
/// The embedded engine: every store over one LiteDB file, opened once per process in direct mode
/// (this process owns the file). Writes are serialized by one lock and each runs synchronously in
/// its own LiteDB transaction, so no transaction outlives the call or crosses a thread. LiteDB is
/// synchronous: the async methods complete before they return and check cancellation on entry.
/// Another process that opens the same file is refused (<see cref="FileOwnership"/>).
/// </summary>
public sealed partial class LiteDbStore
    : IMarketStore, ICommunityStore, IOutboxStore, IInboundLog, ITranslationCacheStore, IDisposable
{
    private const string VersionField = nameof(IEntity.Version);

    private readonly LiteDatabase _database;
    private readonly BsonMapper _mapper;
    private readonly ILogger _logger;
    private readonly Lock _writeLock = new();
    private readonly FileOwnership _ownership;
    private int _disposed;

    /// <summary>Opens (or creates) the file named by <paramref name="options"/>.</summary>
    /// <param name="options">The file path.</param>
    /// <param name="logger">Where open, close and conflicts are logged.</param>
    /// <param name="baseDirectory">Where a relative path starts; the current directory if null.</param>
    public LiteDbStore(
        LiteDbOptions options,
        ILogger<LiteDbStore>? logger = null,
        string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path, nameof(options));

        _logger = logger ?? (ILogger)NullLogger.Instance;
        _mapper = LiteDbMapping.CreateMapper();
        FilePath = options.ResolvePath(baseDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);

        OpenFiles.Add(FilePath);

        try
        {
            _ownership = FileOwnership.Claim(FilePath);
        }
        catch
        {
            OpenFiles.Remove(FilePath);
            throw;
        }

        try
        {
            _database = Open(FilePath, _mapper);
        }
        catch
        {
            _ownership.Dispose();
            OpenFiles.Remove(FilePath);
            throw;
        }

        Log.Opened(_logger, FilePath);
    }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>Closes the file. Calling it again does nothing.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        lock (_writeLock)
        {
            _database.Dispose();
        }

        _ownership.Dispose();
        OpenFiles.Remove(FilePath);

        Log.Closed(_logger, FilePath);
    }

    private static LiteDatabase Open(string filePath, BsonMapper mapper)
    {
        var connection = new ConnectionString
        {
            Filename = filePath,
            Connection = ConnectionType.Direct,
        };
        var database = new LiteDatabase(connection, mapper);

        try
        {
            LiteDbIndexes.Ensure(database);
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    private ILiteCollection<T> Collection<T>()
        where T : IEntity => _database.GetCollection<T>(LiteDbCollections.NameOf<T>());

    private BsonValue Bson<T>(T value) => _mapper.Serialize(value);

    private Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

        // Failures travel in the task, as they would from a truly asynchronous engine.
        try
        {
            return Task.FromResult(work());
        }
        catch (Exception exception)
        {
            return Task.FromException<T>(exception);
        }
    }

    private Task RunAsync(Action work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

        try
        {
            work();
            return Task.CompletedTask;
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }
    }

    private Task<T?> FindByIdAsync<T>(string id, CancellationToken cancellationToken)
        where T : class, IEntity
    {
        ArgumentNullException.ThrowIfNull(id);

        return RunAsync<T?>(() => Collection<T>().FindById(id), cancellationToken);
    }
}
