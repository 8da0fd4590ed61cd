using SoukPlay.Storage.Model;

namespace SoukPlay.Storage;

/// <summary>Keeps machine translations so that a repeated text costs nothing.</summary>
public interface ITranslationCacheStore
{
    Task<TranslationEntry?> GetTranslationAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Adds or replaces the entry; the last writer wins (entries for one key are equal).</summary>
    Task PutTranslationAsync(TranslationEntry entry, CancellationToken cancellationToken = default);
}
