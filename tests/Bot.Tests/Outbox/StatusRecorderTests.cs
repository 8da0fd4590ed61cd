using System.Net;
using SoukPlay.Bot.Tests.Delivery;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;
using WireMock;

namespace SoukPlay.Bot.Tests.Outbox;

/// <summary>
/// Status callbacks that reach <c>/twilio/status</c> before the sender has recorded the SID that
/// Twilio's answer carries: the fake Twilio holds its answer until the callback has been posted.
/// </summary>
public sealed class StatusRecorderTests : IDisposable
{
    private const string Buyer = "+33612345678";

    /// <summary>The SID the scripted fake gives the first message it accepts.</summary>
    private static readonly string FirstSid = $"SM{1:D32}";

    private readonly ScriptedTwilioApi _api = new();
    private readonly ManualResetEventSlim _twilioAnswerHeld = new();
    private readonly ManualResetEventSlim _releaseTwilioAnswer = new();
    private readonly DeliveryHost _host;

    public StatusRecorderTests()
    {
        _api.Script = (_, _) => HoldAnswer();
        _host = new DeliveryHost(_api.Url).Started();
    }

    public void Dispose()
    {
        _releaseTwilioAnswer.Set();
        _host.Dispose();
        _api.Dispose();
        _twilioAnswerHeld.Dispose();
        _releaseTwilioAnswer.Dispose();
    }

    [Fact]
    public async Task PostStatus_DeliveredBeforeTheSidIsRecorded_IsAppliedWhenTheSenderRecordsIt()
    {
        await StartSendingAsync();

        var response = await PostStatusAsync("delivered");
        _releaseTwilioAnswer.Set();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var message = await SettledAsync(m => m.Status == OutboxStatus.Delivered);
        message.ProviderSid.Should().Be(FirstSid);
        (await _host.Outbox.TakeEarlyStatusesAsync(FirstSid)).Should().BeEmpty("the early report was used up");
    }

    [Fact]
    public async Task PostStatus_SentAndReadBeforeTheSid_EndsReadNotTheSendersQueued()
    {
        await StartSendingAsync();

        await PostStatusAsync("read");
        await PostStatusAsync("sent");
        _releaseTwilioAnswer.Set();

        var message = await SettledAsync(m => m.Status == OutboxStatus.Read);
        message.ProviderSid.Should().Be(FirstSid);
        await Task.Delay(200);
        _host.Get("m1").Status.Should().Be(OutboxStatus.Read, "statuses never move backwards");
    }

    [Fact]
    public async Task PostStatus_Failed21610BeforeTheSid_FailsTheMessageAndOptsTheBuyerOut()
    {
        await _host.CommitAsync(Messages.Person(Buyer));
        await StartSendingAsync();

        await PostStatusAsync("failed", errorCode: "21610");
        _releaseTwilioAnswer.Set();

        var message = await SettledAsync(m => m.Status == OutboxStatus.Failed);
        message.LastError.Should().Contain("21610");
        _host.Person(Buyer)!.OptedOut.Should().BeTrue();
    }

    [Fact]
    public async Task PostStatus_SidNeverRecorded_IsKeptAndChangesNoMessage()
    {
        _releaseTwilioAnswer.Set();
        const string Foreign = "SM99999999999999999999999999999999";

        var response = await PostStatusAsync("delivered", Foreign);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var kept = (await _host.Outbox.TakeEarlyStatusesAsync(Foreign)).Should().ContainSingle().Subject;
        kept.Status.Should().Be(OutboxStatus.Delivered);
    }

    private async Task StartSendingAsync()
    {
        await _host.CommitAsync(Messages.Pending("m1", Buyer, "Your offer was accepted"));
        _twilioAnswerHeld.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue("the sender should have called Twilio");
        _host.Get("m1").ProviderSid.Should().BeNull("Twilio has not answered yet");
    }

    private ResponseMessage? HoldAnswer()
    {
        _twilioAnswerHeld.Set();
        _releaseTwilioAnswer.Wait(TimeSpan.FromSeconds(10));
        return null;
    }

    private Task<OutboxMessage> SettledAsync(Func<OutboxMessage, bool> settled) =>
        Eventually.GetAsync(() => _host.Get("m1"), settled, "the sender should record Twilio's answer");

    private Task<HttpResponseMessage> PostStatusAsync(string status, string? sid = null, string? errorCode = null)
    {
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = BotHost.AccountSid,
            ["MessageSid"] = sid ?? FirstSid,
            ["MessageStatus"] = status,
            ["To"] = "whatsapp:" + Buyer,
            ["From"] = "whatsapp:" + DeliveryHost.ShopNumber,
            ["ApiVersion"] = "2010-04-01",
        };
        if (errorCode is not null)
        {
            form["ErrorCode"] = errorCode;
        }

        return _host.CreateClient().SendAsync(TwilioRequests.Post(form, "/twilio/status"));
    }
}
