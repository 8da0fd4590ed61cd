namespace SoukPlay.Bot.Tests.Support;

/// <summary>
/// Tests that measure time (pacing, the kill-and-restart broadcast) run alone, after the parallel
/// tests, so that other tests on the same two cores do not skew what they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingTests
{
    public const string Name = "Timing";
}
