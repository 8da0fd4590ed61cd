using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Text;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>
/// Paces each sender number to its rate with a token bucket of one token, refilled one token per
/// 1/rate seconds: an SMS costs one token per segment, a WhatsApp message one token. The bucket
/// (System.Threading.RateLimiting) accrues tokens in proportion to the time elapsed; a timer of
/// the injected <see cref="TimeProvider"/> asks it to do so ten times per token, so that a
/// waiting send starts at most a tenth of a period late and no fraction of a token is lost.
/// </summary>
/// <remarks>
/// The bucket measures the elapsed time with its own clock (<c>Stopwatch</c>); only the moments
/// it is asked to refill come from <see cref="TimeProvider"/>.
/// </remarks>
public sealed class SenderPacer : IDisposable
{
    private const int TicksPerToken = 10;

    private readonly ConcurrentDictionary<string, Lazy<Bucket>> _buckets = new(StringComparer.Ordinal);
    private readonly OutboxOptions _options;
    private readonly TimeProvider _time;

    public SenderPacer(IOptions<OutboxOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);

        _options = options.Value;
        _time = time;
    }

    /// <summary>What <paramref name="message"/> costs: its SMS segments, or 1 on WhatsApp.</summary>
    public static int Cost(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Channel == Channel.Sms ? SmsSegments.Count(message.Body) : 1;
    }

    /// <summary>Waits until <paramref name="message"/>'s number may send it.</summary>
    public async Task WaitTurnAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var bucket = _buckets.GetOrAdd(message.FromNumber, number => new Lazy<Bucket>(() => Create(number))).Value;
        for (var token = Cost(message); token > 0; token--)
        {
            using var lease = await bucket.Limiter.AcquireAsync(1, cancellationToken);
        }
    }

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values.Where(lazy => lazy.IsValueCreated))
        {
            bucket.Value.Timer.Dispose();
            bucket.Value.Limiter.Dispose();
        }
    }

    private Bucket Create(string number)
    {
        var period = TimeSpan.FromSeconds(1 / _options.RateFor(number));
        var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = period,
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        var tick = period / TicksPerToken;
        var timer = _time.CreateTimer(_ => limiter.TryReplenish(), null, tick, tick);
        return new Bucket(limiter, timer);
    }

    private sealed record Bucket(TokenBucketRateLimiter Limiter, ITimer Timer);
}
