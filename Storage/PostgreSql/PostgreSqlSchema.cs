using System.Text;
using Npgsql;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>
/// Creates the tables and indexes the store needs, idempotently, when a store opens. Hosts that
/// start together take turns through a transaction-scoped advisory lock, because two concurrent
/// <c>CREATE TABLE IF NOT EXISTS</c> of one table can still collide in PostgreSQL's catalogue.
/// </summary>
/// <remarks>
/// A column added to a table in a later version is created empty: rows written before it are not
/// back-filled from their documents, so a query on it would miss them. Such a change needs a
/// migration written for it; none has been needed yet.
/// </remarks>
internal static class PostgreSqlSchema
{
    /// <summary>The advisory lock's key: any constant the application does not use elsewhere.</summary>
    private const long SchemaLock = 0x536F756B506C6179;

    /// <summary>Product photo copies: bytes, not a document, so a table of their own.</summary>
    private const string ProductPhotoTable =
        "CREATE TABLE IF NOT EXISTS product_photo (product_id text PRIMARY KEY, content_type text NOT NULL, "
            + "source_url text NOT NULL, copied_ticks bigint NOT NULL, content bytea NOT NULL);\n";

    public static void Ensure(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var command = new NpgsqlCommand(Script(), connection, transaction);
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>The whole schema as one script (also what <c>docs/</c> shows of it).</summary>
    public static string Script()
    {
        var script = new StringBuilder($"SELECT pg_advisory_xact_lock({SchemaLock});\n");

        foreach (var table in PostgreSqlTables.All)
        {
            script.Append($"CREATE TABLE IF NOT EXISTS {table.Name} (id text PRIMARY KEY, ")
                .Append("version integer NOT NULL, doc jsonb NOT NULL);\n");

            foreach (var column in table.Columns)
            {
                script.Append($"ALTER TABLE {table.Name} ADD COLUMN IF NOT EXISTS {column.Name} {column.SqlType};\n");
            }

            foreach (var index in table.Indexes)
            {
                var name = $"{table.Name}_{index.Replace(", ", "_", StringComparison.Ordinal)}";
                script.Append($"CREATE INDEX IF NOT EXISTS {name} ON {table.Name} ({index});\n");
            }
        }

        return script.Append(ProductPhotoTable).ToString();
    }
}
