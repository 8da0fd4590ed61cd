namespace SoukPlay.Storage.Model;

/// <summary>
/// A document the stores keep. <see cref="Version"/> is the optimistic-concurrency tag (the ETag):
/// a commit that carries a stale version fails with <see cref="ConcurrencyConflictException"/>.
/// </summary>
public interface IEntity
{
    /// <summary>The key, unique within the entity's collection.</summary>
    string Id { get; set; }

    /// <summary>0 for an entity never saved; the store increments it on every successful commit.</summary>
    int Version { get; set; }
}
