using SoukPlay.Storage.Model;

namespace SoukPlay.Storage;

/// <summary>
/// Everything one turn writes: state, domain changes and the messages it owes, committed together
/// by <see cref="IMarketStore.CommitAsync"/> or not at all.
/// </summary>
public sealed class ChangeSet
{
    private readonly List<IEntity> _puts = [];

    /// <summary>The entities to write, in the order they were put.</summary>
    public IReadOnlyList<IEntity> Puts => _puts;

    public bool IsEmpty => _puts.Count == 0;

    /// <summary>
    /// Adds or replaces <paramref name="entity"/>. Its <see cref="IEntity.Version"/> must be the
    /// one read (0 for a new entity). Putting the same instance twice writes it once.
    /// </summary>
    public ChangeSet Put(IEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrEmpty(entity.Id, nameof(entity));

        if (!_puts.Contains(entity))
        {
            _puts.Add(entity);
        }

        return this;
    }

    /// <summary>The messages this change set owes, in order.</summary>
    public IEnumerable<OutboxMessage> Outbox => _puts.OfType<OutboxMessage>();
}
