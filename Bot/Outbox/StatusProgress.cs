using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>
/// Where a reported status takes a message. Statuses only move forward in the order of
/// <see cref="OutboxStatus"/>, so events that arrive out of order (delivered, then a late sent)
/// change nothing. One exception to moving forward: a message already Delivered or Read stays so
/// when a failed or undelivered report follows, since the person did get it; the report's error
/// is still recorded.
/// </summary>
public static class StatusProgress
{
    public static OutboxStatus Next(OutboxStatus current, OutboxStatus reported)
    {
        var reachedPerson = current is OutboxStatus.Delivered or OutboxStatus.Read;
        var failure = reported is OutboxStatus.Undelivered or OutboxStatus.Failed;
        if (reachedPerson && failure)
        {
            return current;
        }

        return reported > current ? reported : current;
    }
}
