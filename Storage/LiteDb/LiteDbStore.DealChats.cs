using SoukPlay.Storage.Model;
using static SoukPlay.Storage.LiteDb.LiteDbMapping;

namespace SoukPlay.Storage.LiteDb;

/// <summary>The deals' chats that ran out and are still to be announced.</summary>
public sealed partial class LiteDbStore
{
    public Task<IReadOnlyList<Deal>> ListEndedDealChatsAsync(
        DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<Deal>>(
            () => [
                .. Collection<Deal>()
                    .Query()
                    .Where($"$.ChatUntil.{UtcTicks} <= @0", now.UtcTicks)
                    .Where("$.ChatEndTold = false")
                    .ToEnumerable()
                    .OrderBy(deal => deal.ChatUntil)
                    .ThenBy(deal => deal.Id, StringComparer.Ordinal),
            ],
            cancellationToken);
}
