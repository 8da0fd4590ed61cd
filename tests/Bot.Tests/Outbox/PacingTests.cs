using SoukPlay.Bot.Tests.Support;
using SoukPlay.Bot.Tests.Delivery;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Outbox;

[Collection(TimingTests.Name)]
public sealed class PacingTests : IDisposable
{
    private readonly ScriptedTwilioApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Send_ThirtyMessagesFromOneNumberAtFivePerSecond_NeverGoFasterThanTheRate()
    {
        using var host = new DeliveryHost(_api.Url, new Dictionary<string, string?>
        {
            ["Outbox:MessagesPerSecond"] = "5",
        }).Started();

        await host.CommitAsync([.. Enumerable.Range(1, 30)
            .Select(i => Messages.Pending($"b-{i}", Messages.Recipient(i), $"Vote {i}", priority: 2, sequence: i))]);
        await _api.WaitForCreatesAsync(30, seconds: 15);

        ShouldBePacedAt(_api.Creates().Select(c => c.At), 5);
    }

    [Fact]
    public async Task Send_TwoNumbers_ArePacedIndependently()
    {
        using var host = new DeliveryHost(_api.Url, new Dictionary<string, string?>
        {
            ["Outbox:MessagesPerSecond"] = "5",
            [$"Outbox:NumberRates:{DeliveryHost.OtherNumber}"] = "10",
        }).Started();

        await host.CommitAsync([
            .. Enumerable.Range(1, 15).Select(i => Messages.Pending($"a-{i}", Messages.Recipient(i), "A", sequence: i)),
            .. Enumerable.Range(1, 30).Select(i => Messages.Pending(
                $"b-{i}", Messages.Recipient(100 + i), "B", from: DeliveryHost.OtherNumber, sequence: 100 + i)),
        ]);
        await _api.WaitForCreatesAsync(45, seconds: 15);

        var creates = _api.Creates();
        var first = creates.Where(c => c.Form["From"] == "whatsapp:" + DeliveryHost.ShopNumber).Select(c => c.At);
        var second = creates.Where(c => c.Form["From"] == "whatsapp:" + DeliveryHost.OtherNumber).Select(c => c.At);
        ShouldBePacedAt(first, 5);
        ShouldBePacedAt(second, 10);
    }

    [Fact]
    public async Task Send_ArabicSms_CountsItsSegments()
    {
        using var host = new DeliveryHost(_api.Url, new Dictionary<string, string?>
        {
            ["Outbox:MessagesPerSecond"] = "10",
        }).Started();
        var arabic = string.Concat(Enumerable.Repeat("صوتو على المشروع ", 6));
        arabic.Length.Should().BeInRange(71, 134, "two UCS-2 segments");

        await host.CommitAsync([.. Enumerable.Range(1, 12)
            .Select(i => Messages.Pending($"s-{i}", Messages.Recipient(i), arabic, Channel.Sms, sequence: i))]);
        await _api.WaitForCreatesAsync(12, seconds: 15);

        ShouldBePacedAt(_api.Creates().Select(c => c.At), 5, "two segments each at 10 segments a second");
    }

    [Fact]
    public async Task Send_ReplyBehindABroadcastBacklog_GoesNext()
    {
        using var host = new DeliveryHost(_api.Url, new Dictionary<string, string?>
        {
            ["Outbox:MessagesPerSecond"] = "5",
        }).Started();
        await host.CommitAsync([.. Enumerable.Range(1, 40)
            .Select(i => Messages.Pending($"b-{i}", Messages.Recipient(i), $"Ballot {i}", priority: 2, sequence: i))]);
        await _api.WaitForCreatesAsync(5);

        var before = _api.Creates().Count;
        await host.CommitAsync(Messages.Pending("reply-1", Messages.Recipient(500), "Your offer is sent", priority: 0));
        await _api.WaitForCreatesAsync(before + 3);

        var bodies = _api.Creates().Select(c => c.Form["Body"]).ToList();
        bodies.IndexOf("Your offer is sent").Should().BeInRange(before - 1, before + 2);
        bodies.Should().HaveCountLessThan(40, "the reply went long before the backlog was done");
    }

    /// <summary>
    /// The rate is a ceiling Twilio holds us to, so it is checked strictly: no five consecutive
    /// sends fit in less than 80% of four periods (the slack is the fake's HTTP arrival jitter),
    /// and the whole run is no faster than the rate plus 10%. A busy machine can only slow the
    /// sender, so throughput is checked loosely (at least half the rate) to prove that the pacer
    /// does not serialise to one message per refill or per poll; the real throughput is a
    /// benchmark's business, not a unit test's.
    /// </summary>
    private static void ShouldBePacedAt(IEnumerable<DateTime> times, double rate, string because = "")
    {
        const int Window = 5;
        var ordered = times.Order().ToList();
        var period = TimeSpan.FromSeconds(1 / rate);

        var tightest = Enumerable.Range(0, ordered.Count - Window + 1)
            .Min(i => ordered[i + Window - 1] - ordered[i]);
        tightest.Should().BeGreaterThanOrEqualTo((Window - 1) * period * 0.8, because);

        var overall = (ordered.Count - 1) / (ordered[^1] - ordered[0]).TotalSeconds;
        overall.Should().BeLessThanOrEqualTo(rate * 1.1, because).And.BeGreaterThanOrEqualTo(rate / 2, because);
    }
}
