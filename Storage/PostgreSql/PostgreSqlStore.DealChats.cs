using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.PostgreSql;

/// <summary>The deals' chats that ran out and are still to be announced.</summary>
public sealed partial class PostgreSqlStore
{
    /// <remarks>
    /// Deal rows written before the <c>chat_until_ticks</c> and <c>chat_end_told</c> columns
    /// existed hold nulls there (columns are not back-filled) and are left out.
    /// </remarks>
    public Task<IReadOnlyList<Deal>> ListEndedDealChatsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        ListAsync<Deal>(
            "WHERE chat_end_told = false AND chat_until_ticks <= @now "
                + "ORDER BY chat_until_ticks, id COLLATE \"C\"",
            cancellationToken,
            Parameter("now", now.UtcTicks));
}
