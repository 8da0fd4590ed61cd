namespace SoukPlay.Bot.Tests.Support;

/// <summary>
/// The real clock moved forward by what a test asks, for a whole host: its timers and stopwatches
/// stay real (the outbox keeps polling and pacing as it does), but "now" jumps a week at once, so
/// that what depends on the date (a deal's chat running out) happens without waiting for it.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long _offsetTicks;

    /// <summary>Moves "now" forward by <paramref name="by"/>.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() =>
        System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));
}
