namespace SoukPlay.Storage;

/// <summary>Claims inbound message ids so that a redelivered webhook causes nothing new.</summary>
public interface IInboundLog
{
    /// <summary>
    /// Atomically records <paramref name="messageSid"/>. Returns false when it was already
    /// claimed, by this process or another.
    /// </summary>
    Task<bool> TryClaimAsync(
        string messageSid,
        DateTimeOffset receivedAt,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the claims received before <paramref name="olderThan"/> and returns how many went.
    /// A redelivery of a pruned message id is then handled again, so keep claims longer than the
    /// provider redelivers (Twilio: minutes to hours).
    /// </summary>
    Task<int> PruneAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);

    /// <summary>Releases a claim whose turn failed before committing, so a redelivery is handled.</summary>
    Task ReleaseAsync(string messageSid, CancellationToken cancellationToken = default);
}
