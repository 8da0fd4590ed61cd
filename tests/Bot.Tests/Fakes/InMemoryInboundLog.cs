using System.Collections.Concurrent;
using SoukPlay.Storage;

namespace SoukPlay.Bot.Tests.Fakes;

/// <summary>Test double for <see cref="IInboundLog"/>: claims in memory, atomically.</summary>
public sealed class InMemoryInboundLog : IInboundLog
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _claims = new();

    private int _releaseCount;
    private int _claimAttempts;

    public int ReleaseCount => Volatile.Read(ref _releaseCount);

    public int ClaimAttempts => Volatile.Read(ref _claimAttempts);

    public bool IsClaimed(string messageSid) => _claims.ContainsKey(messageSid);

    public Task<bool> TryClaimAsync(
        string messageSid,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _claimAttempts);
        return Task.FromResult(_claims.TryAdd(messageSid, receivedAt));
    }

    public Task ReleaseAsync(string messageSid, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _releaseCount);
        _claims.TryRemove(messageSid, out _);
        return Task.CompletedTask;
    }

    public Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        var old = _claims.Where(claim => claim.Value < olderThan).Select(claim => claim.Key).ToList();
        return Task.FromResult(old.Count(sid => _claims.TryRemove(sid, out _)));
    }
}
