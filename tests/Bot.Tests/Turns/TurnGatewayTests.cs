using System.Diagnostics;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Turns;

public sealed class TurnGatewayTests : IDisposable
{
    private readonly FakeTwilioApi _api = new FakeTwilioApi().AcceptingMessages();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task HandleAsync_TurnOverrunsBudget_AnswersEmptyInTimeAndSendsRepliesByRest()
    {
        using var host = new BotHost(
            new Dictionary<string, string?> { ["Twilio:InlineReplyBudget"] = "00:00:00.300" },
            apiBaseUrl: _api.Url);
        var release = new TaskCompletionSource();
        host.Turns.Hold = release.Task;
        var client = host.CreateClient();
        var form = TwilioRequests.WhatsAppText("SM00000000000000000000000000000020", "photo please");

        var clock = Stopwatch.StartNew();
        using var response = await client.SendAsync(TwilioRequests.Post(form));
        clock.Stop();

        try
        {
            (await TwimlAssert.MessagesAsync(response)).Should().BeEmpty();
            clock.Elapsed.Should().BeLessThan(
                TimeSpan.FromSeconds(5),
                "the turn is held until released, far past the budget");
            _api.Requests().Should().BeEmpty();
        }
        finally
        {
            // Released even when an assertion fails, so that the host can stop and the failure shows.
            release.TrySetResult();
        }

        await _api.WaitForRequestsAsync(1);
        var sent = _api.Requests().Single().Form;
        sent["To"].Should().Be(TwilioRequests.ArtisanWhatsApp);
        sent["From"].Should().Be("whatsapp:" + TwilioRequests.ShopNumber);
        sent["Body"].Should().Be("You said: photo please");
        var reply = await Eventually.GetAsync(
            () => host.Outbox.All().Single(),
            m => m.Status == OutboxStatus.Queued,
            "the reply should be recorded as queued");
        reply.ProviderSid.Should().NotBeNull();
    }

    [Fact]
    public async Task HandleAsync_TurnInBudget_SendsOnlyTheMessagesForOthersByRest()
    {
        using var host = new BotHost(apiBaseUrl: _api.Url);
        host.Turns.Script = activity =>
        [
            new Fakes.ScriptedMessage(activity.From, "Offer sent"),
            new Fakes.ScriptedMessage("+212612345678", "New offer: 300 MAD", Channel: Channel.WhatsApp),
        ];
        var form = TwilioRequests.SmsText("SM00000000000000000000000000000021", "300");

        var response = await host.CreateClient().SendAsync(TwilioRequests.Post(form));

        (await TwimlAssert.MessagesAsync(response)).Select(m => m.Value).Should().Equal("Offer sent");
        await _api.WaitForRequestsAsync(1);
        await Task.Delay(300);
        var request = _api.Requests().Should().ContainSingle().Subject;
        request.Form["To"].Should().Be("whatsapp:+212612345678");
        request.Form["Body"].Should().Be("New offer: 300 MAD");
    }
}
