namespace SoukPlay.Storage.PostgreSql;

/// <summary>
/// One entity type's table: the whole entity as a JSON document (the source of truth), its
/// version, and the few fields the store queries or sorts by, copied into typed columns at each
/// write so that PostgreSQL can index and compare them.
/// </summary>
internal sealed class EntityTable
{
    public EntityTable(
        Type entityType,
        string name,
        IReadOnlyList<TableColumn> columns,
        IReadOnlyList<string> indexes)
    {
        EntityType = entityType;
        Name = name;
        Columns = columns;
        Indexes = indexes;
    }

    public Type EntityType { get; }

    /// <summary>The table's name (snake case, unquoted).</summary>
    public string Name { get; }

    /// <summary>The typed copies of queried fields, beside <c>id</c>, <c>version</c> and <c>doc</c>.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>Each index's column list, e.g. <c>"status, not_before_ticks"</c>.</summary>
    public IReadOnlyList<string> Indexes { get; }
}
