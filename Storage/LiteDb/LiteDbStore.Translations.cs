using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.LiteDb;

/// <summary>The machine-translation cache.</summary>
public sealed partial class LiteDbStore
{
    public Task<TranslationEntry?> GetTranslationAsync(
        string id,
        CancellationToken cancellationToken = default) =>
        FindByIdAsync<TranslationEntry>(id, cancellationToken);

    public Task PutTranslationAsync(TranslationEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.Id, nameof(entry));

        return RunAsync(() => PutTranslation(entry), cancellationToken);
    }

    private void PutTranslation(TranslationEntry entry)
    {
        lock (_writeLock)
        {
            var collection = Collection<TranslationEntry>();
            var version = (collection.FindById(entry.Id)?.Version ?? 0) + 1;
            var document = _mapper.ToDocument(entry);
            document[VersionField] = version;

            _database.GetCollection(LiteDbCollections.NameOf<TranslationEntry>()).Upsert(document);
            entry.Version = version;
        }
    }
}
