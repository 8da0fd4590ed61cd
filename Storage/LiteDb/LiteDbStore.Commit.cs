using LiteDB;
using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.LiteDb;

/// <summary>The all-or-nothing commit of a turn's change set.</summary>
public sealed partial class LiteDbStore
{
    public Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        return RunAsync(() => Commit(changes.Puts), cancellationToken);
    }

    /// <summary>
    /// Checks every version, then writes every document, in one transaction under the write lock;
    /// the in-memory versions move only once the transaction is committed.
    /// </summary>
    private void Commit(IReadOnlyList<IEntity> puts)
    {
        if (puts.Count == 0)
        {
            return;
        }

        var writes = PrepareWrites(puts);

        lock (_writeLock)
        {
            WriteInTransaction(writes);
        }

        foreach (var put in puts)
        {
            put.Version++;
        }
    }

    private List<PendingWrite> PrepareWrites(IReadOnlyList<IEntity> puts)
    {
        var writes = new List<PendingWrite>(puts.Count);
        var keys = new HashSet<(string, string)>();

        foreach (var entity in puts)
        {
            var collection = LiteDbCollections.NameOf(entity.GetType());

            if (!keys.Add((collection, entity.Id)))
            {
                throw new ArgumentException(
                    $"The change set holds two instances of {collection} {MaskedId.Of(entity.Id)}: "
                        + "put the one instance you changed.",
                    nameof(puts));
            }

            var document = _mapper.ToDocument(entity.GetType(), entity);
            document[VersionField] = entity.Version + 1;
            writes.Add(new PendingWrite(collection, entity, document));
        }

        return writes;
    }

    private void WriteInTransaction(List<PendingWrite> writes)
    {
        if (!_database.BeginTrans())
        {
            throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
        }

        try
        {
            foreach (var write in writes)
            {
                CheckVersion(write);
            }

            foreach (var write in writes)
            {
                _database.GetCollection(write.Collection).Upsert(write.Document);
            }

            _database.Commit();
        }
        catch
        {
            _database.Rollback();
            throw;
        }
    }

    private void CheckVersion(PendingWrite write)
    {
        var stored = _database.GetCollection(write.Collection).FindById(write.Entity.Id);
        var storedVersion = stored is null ? 0 : stored[VersionField].AsInt32;

        if (storedVersion == write.Entity.Version)
        {
            return;
        }

        var maskedId = MaskedId.Of(write.Entity.Id);
        Log.CommitConflict(_logger, write.Collection, maskedId, storedVersion, write.Entity.Version);

        throw new ConcurrencyConflictException(
            $"{write.Collection} {maskedId} is at version {storedVersion}, "
                + $"the change set carries version {write.Entity.Version}: reload and retry the turn.");
    }

    private sealed record PendingWrite(string Collection, IEntity Entity, BsonDocument Document);
}
