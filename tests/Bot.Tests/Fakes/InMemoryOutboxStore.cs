using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Fakes;

/// <summary>
/// Test double for <see cref="IOutboxStore"/>: keeps copies (so callers cannot change stored state
/// without <see cref="TryUpdateAsync"/>) and checks versions like the real store.
/// </summary>
public sealed class InMemoryOutboxStore : IOutboxStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, OutboxMessage> _messages = [];
    private readonly List<EarlyStatus> _early = [];

    /// <summary>Adds messages as a committed turn would (version 1).</summary>
    public void Add(params OutboxMessage[] messages)
    {
        lock (_lock)
        {
            foreach (var message in messages)
            {
                message.Version = 1;
                _messages[message.Id] = Copy(message);
            }
        }
    }

    public IReadOnlyList<OutboxMessage> All()
    {
        lock (_lock)
        {
            return _messages.Values.Select(Copy).OrderBy(m => m.CreatedAt).ThenBy(m => m.Sequence).ToList();
        }
    }

    public Task<OutboxMessage?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_messages.TryGetValue(id, out var message) ? Copy(message) : null);
        }
    }

    public Task<OutboxMessage?> FindByProviderSidAsync(
        string providerSid,
        CancellationToken cancellationToken = default) =>
        Task.FromResult(All().FirstOrDefault(m => m.ProviderSid == providerSid));

    public Task<IReadOnlyList<OutboxMessage>> ListDueAsync(
        DateTimeOffset now,
        int max,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutboxMessage>>(All()
            .Where(m => m.Status == OutboxStatus.Pending && m.NotBefore <= now)
            .OrderBy(m => m.Priority).ThenBy(m => m.CreatedAt).ThenBy(m => m.Sequence)
            .Take(max)
            .ToList());

    public Task<IReadOnlyList<OutboxMessage>> ListCausedByAsync(
        string messageSid,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutboxMessage>>(All().Where(m => m.CausedBy == messageSid).ToList());

    public Task<IReadOnlyList<OutboxMessage>> ListForPersonAsync(
        string personId,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutboxMessage>>(All().Where(m => m.ToPersonId == personId).ToList());

    public Task<IReadOnlyList<OutboxMessage>> ListByKindAsync(
        string kind,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutboxMessage>>(All().Where(m => m.Kind == kind).ToList());

    public Task<int> CountPendingAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(All().Count(m => m.Status == OutboxStatus.Pending));

    public Task<IReadOnlyList<OutboxMessage>> ListRecentAsync(int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<OutboxMessage>>(All().AsEnumerable().Reverse().Take(max).ToList());

    public Task<bool> TryUpdateAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_messages.TryGetValue(message.Id, out var stored) || stored.Version != message.Version)
            {
                return Task.FromResult(false);
            }

            var saved = Copy(message);
            saved.Version++;
            _messages[message.Id] = saved;
            return Task.FromResult(true);
        }
    }

    public Task AddEarlyStatusAsync(EarlyStatus report, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _early.Add(report);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<EarlyStatus>> TakeEarlyStatusesAsync(
        string providerSid,
        CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var taken = _early.Where(r => r.ProviderSid == providerSid).OrderBy(r => r.ReceivedAt).ToList();
            _early.RemoveAll(taken.Contains);
            return Task.FromResult<IReadOnlyList<EarlyStatus>>(taken);
        }
    }

    public Task<int> PruneEarlyStatusesAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_early.RemoveAll(r => r.ReceivedAt < olderThan));
        }
    }

    private static OutboxMessage Copy(OutboxMessage m) => new()
    {
        Id = m.Id,
        Version = m.Version,
        ToPersonId = m.ToPersonId,
        Channel = m.Channel,
        FromNumber = m.FromNumber,
        Body = m.Body,
        MediaUrls = [.. m.MediaUrls],
        Kind = m.Kind,
        Priority = m.Priority,
        CausedBy = m.CausedBy,
        IsReply = m.IsReply,
        Sequence = m.Sequence,
        Status = m.Status,
        CreatedAt = m.CreatedAt,
        NotBefore = m.NotBefore,
        Attempts = m.Attempts,
        ProviderSid = m.ProviderSid,
        LastError = m.LastError,
    };
}
