using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>
/// The messages one sender number holds ready to send, handed out highest priority first (a
/// reply before a notification before a broadcast), then oldest first.
/// </summary>
internal sealed class SenderLane
{
    private readonly PriorityQueue<OutboxMessage, (int Priority, DateTimeOffset CreatedAt, long Sequence)> _queue =
        new();

    /// <summary>One ticket per message queued: taking a ticket entitles to one dequeue.</summary>
    private readonly System.Threading.Channels.Channel<bool> _tickets =
        System.Threading.Channels.Channel.CreateUnbounded<bool>();
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _queue.Count;
            }
        }
    }

    public void Add(OutboxMessage message)
    {
        lock (_gate)
        {
            _queue.Enqueue(message, (message.Priority, message.CreatedAt, message.Sequence));
        }

        _tickets.Writer.TryWrite(true);
    }

    public async Task<OutboxMessage> TakeAsync(CancellationToken cancellationToken)
    {
        await _tickets.Reader.ReadAsync(cancellationToken);
        lock (_gate)
        {
            return _queue.Dequeue();
        }
    }
}
