using System.Collections.Concurrent;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Language.Translation;

/// <summary>
/// Stands in for the store engine (built in another room) behind the committed contract.
/// </summary>
internal sealed class InMemoryTranslationCache : ITranslationCacheStore
{
    public ConcurrentDictionary<string, TranslationEntry> Entries { get; } = new();

    public bool Broken { get; set; }

    public Task<TranslationEntry?> GetTranslationAsync(string id, CancellationToken cancellationToken = default)
    {
        ThrowIfBroken();
        return Task.FromResult(Entries.TryGetValue(id, out var entry) ? entry : null);
    }

    public Task PutTranslationAsync(TranslationEntry entry, CancellationToken cancellationToken = default)
    {
        ThrowIfBroken();
        Entries[entry.Id] = entry;
        return Task.CompletedTask;
    }

    private void ThrowIfBroken()
    {
        if (Broken)
        {
            throw new IOException("store file locked");
        }
    }
}
