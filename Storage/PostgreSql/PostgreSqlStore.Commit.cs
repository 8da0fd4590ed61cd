using Npgsql;
using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>The all-or-nothing commit of a turn's change set.</summary>
public sealed partial class PostgreSqlStore
{
    public async Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();

        var puts = changes.Puts;
        if (puts.Count == 0)
        {
            return;
        }

        var batch = PrepareBatch(puts);

        await using (var connection = await _dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            batch.Connection = connection;
            batch.Transaction = transaction;
            await using (batch)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
                await CheckEveryWriteAsync(connection, transaction, batch, puts, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var put in puts)
        {
            put.Version++;
        }
    }

    /// <summary>
    /// One statement per entity: a new one (version 0) is inserted only if its id is free, a known
    /// one is updated only if it still has the version it was read at. Neither fails in the
    /// database; a statement that touched no row is the conflict, found after the batch.
    /// </summary>
    private static NpgsqlBatch PrepareBatch(IReadOnlyList<IEntity> puts)
    {
        var batch = new NpgsqlBatch();
        var keys = new HashSet<(string, string)>();

        foreach (var entity in puts)
        {
            var table = PostgreSqlTables.Of(entity.GetType());
            if (!keys.Add((table.Name, entity.Id)))
            {
                throw new ArgumentException(
                    $"The change set holds two instances of {table.Name} {MaskedId.Of(entity.Id)}: "
                        + "put the one instance you changed.",
                    nameof(puts));
            }

            batch.BatchCommands.Add(entity.Version == 0 ? Insert(table, entity) : Update(table, entity));
        }

        return batch;
    }

    private static NpgsqlBatchCommand Insert(EntityTable table, IEntity entity)
    {
        var names = string.Concat(table.Columns.Select(column => ", " + column.Name));
        var values = string.Concat(table.Columns.Select((_, i) => $", @c{i}"));
        var command = new NpgsqlBatchCommand(
            $"INSERT INTO {table.Name} (id, version, doc{names}) VALUES (@id, 1, @doc{values}) "
                + "ON CONFLICT (id) DO NOTHING");

        return WithValues(command, table, entity);
    }

    private static NpgsqlBatchCommand Update(EntityTable table, IEntity entity)
    {
        var sets = string.Concat(table.Columns.Select((column, i) => $", {column.Name} = @c{i}"));
        var command = new NpgsqlBatchCommand(
            $"UPDATE {table.Name} SET version = version + 1, doc = @doc{sets} "
                + "WHERE id = @id AND version = @version");
        command.Parameters.Add(Parameter("version", entity.Version));

        return WithValues(command, table, entity);
    }

    private static NpgsqlBatchCommand WithValues(NpgsqlBatchCommand command, EntityTable table, IEntity entity)
    {
        command.Parameters.Add(Parameter("id", entity.Id));
        command.Parameters.Add(Document(entity));
        for (var i = 0; i < table.Columns.Count; i++)
        {
            command.Parameters.Add(Parameter($"c{i}", table.Columns[i].Read(entity)));
        }

        return command;
    }

    private async Task CheckEveryWriteAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        NpgsqlBatch batch,
        IReadOnlyList<IEntity> puts,
        CancellationToken cancellationToken)
    {
        for (var i = 0; i < puts.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected == 1)
            {
                continue;
            }

            var entity = puts[i];
            var table = PostgreSqlTables.Of(entity.GetType());
            await using var command = new NpgsqlCommand(
                $"SELECT version FROM {table.Name} WHERE id = @id", connection, transaction);
            command.Parameters.Add(Parameter("id", entity.Id));
            var stored = await command.ExecuteScalarAsync(cancellationToken) as int? ?? 0;

            var maskedId = MaskedId.Of(entity.Id);
            Log.CommitConflict(_logger, table.Name, maskedId, stored, entity.Version);

            throw new ConcurrencyConflictException(
                $"{table.Name} {maskedId} is at version {stored}, "
                    + $"the change set carries version {entity.Version}: reload and retry the turn.");
        }
    }
}
