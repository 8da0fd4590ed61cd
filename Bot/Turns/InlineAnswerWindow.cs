using System.Collections.Concurrent;

namespace SoukPlay.Bot.Turns;

/// <summary>
/// The inbound messages whose webhook is still waiting for its turn in this process. The outbox
/// sender leaves their replies alone, so that a reply is not sent by REST in the instant between
/// the turn's commit and the webhook's inline claim.
/// </summary>
/// <remarks>
/// This is per process: with several hosts, another host's sender may still take a reply first.
/// The version-checked claim keeps that to one delivery (by REST instead of inline).
/// </remarks>
public sealed class InlineAnswerWindow
{
    private readonly ConcurrentDictionary<string, byte> _open = new(StringComparer.Ordinal);

    public void Open(string messageId) => _open.TryAdd(messageId, 0);

    public void Close(string messageId) => _open.TryRemove(messageId, out _);

    /// <summary>Whether the webhook of <paramref name="causedBy"/> may still answer inline.</summary>
    public bool IsOpen(string? causedBy) => causedBy is not null && _open.ContainsKey(causedBy);
}
