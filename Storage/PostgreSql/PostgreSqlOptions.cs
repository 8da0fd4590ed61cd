namespace SoukPlay.Storage.PostgreSql;

/// <summary>Where the PostgreSQL database is (the <c>Storage:PostgreSql</c> section).</summary>
public sealed class PostgreSqlOptions
{
    /// <summary>
    /// An Npgsql connection string, e.g. <c>Host=db;Database=soukplay;Username=soukplay;Password=…</c>.
    /// Give the password through the environment or user secrets
    /// (<c>Storage__PostgreSql__ConnectionString</c>), never in appsettings.
    /// </summary>
    public string ConnectionString { get; set; } = "";
}
