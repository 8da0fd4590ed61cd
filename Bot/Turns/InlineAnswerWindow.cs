using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Twilio;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Turns;

/// <summary>
/// Which replies a webhook may still answer inline, so that the outbox sender leaves them alone
/// and a reply is not sent by REST in the instant between the turn's commit and the webhook's
/// inline claim: those of the inbound messages whose webhook waits in this process, and — for the
/// webhooks of other hosts sharing the store — any reply younger than the inline budget
/// (<c>Twilio:InlineReplyBudget</c>), which its own webhook claims or gives up by then.
/// </summary>
/// <remarks>
/// The age is measured from the reply's creation (the turn's start), so a reply whose host died
/// after the commit goes by REST from any host once the budget has passed. The version-checked
/// claim keeps every reply to one delivery whatever the timing.
/// </remarks>
public sealed class InlineAnswerWindow(IOptions<TwilioOptions> twilio, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, byte> _open = new(StringComparer.Ordinal);

    public void Open(string messageId) => _open.TryAdd(messageId, 0);

    public void Close(string messageId) => _open.TryRemove(messageId, out _);

    /// <summary>Whether the webhook of <paramref name="causedBy"/> waits in this process.</summary>
    public bool IsOpen(string? causedBy) => causedBy is not null && _open.ContainsKey(causedBy);

    /// <summary>Whether a webhook, of this host or another, may still answer <paramref name="message"/>.</summary>
    public bool MayAnswer(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);

        return message.IsReply
            && (IsOpen(message.CausedBy) || time.GetUtcNow() - message.CreatedAt < twilio.Value.InlineReplyBudget);
    }
}
