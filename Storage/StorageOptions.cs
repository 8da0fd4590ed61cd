namespace SoukPlay.Storage;

/// <summary>Which engine keeps the data (the <c>Storage</c> section's <c>Engine</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>One LiteDB file, for one host: the default, nothing to install.</summary>
    public const string LiteDb = nameof(LiteDb);

    /// <summary>One PostgreSQL database, which several hosts may share.</summary>
    public const string PostgreSql = nameof(PostgreSql);

    /// <summary><see cref="LiteDb"/> or <see cref="PostgreSql"/>, in any case.</summary>
    public string Engine { get; set; } = LiteDb;

    public bool UsesPostgreSql => string.Equals(Engine, PostgreSql, StringComparison.OrdinalIgnoreCase);

    public bool IsKnownEngine => UsesPostgreSql || string.Equals(Engine, LiteDb, StringComparison.OrdinalIgnoreCase);
}
