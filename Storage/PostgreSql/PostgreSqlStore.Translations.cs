using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>The translation cache: last writer wins.</summary>
public sealed partial class PostgreSqlStore
{
    public Task<TranslationEntry?> GetTranslationAsync(
        string id,
        CancellationToken cancellationToken = default) =>
        FindByIdAsync<TranslationEntry>(id, cancellationToken);

    public async Task PutTranslationAsync(TranslationEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.Id, nameof(entry));

        entry.Version = await ScalarAsync<int>(
            "INSERT INTO translation_entry (id, version, doc) VALUES (@id, 1, @doc) "
                + "ON CONFLICT (id) DO UPDATE SET version = translation_entry.version + 1, doc = excluded.doc "
                + "RETURNING version",
            cancellationToken,
            Parameter("id", entry.Id),
            Document(entry));
    }
}
