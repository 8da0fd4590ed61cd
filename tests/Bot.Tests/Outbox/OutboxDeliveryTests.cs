using SoukPlay.Bot.Tests.Delivery;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;
using WireMock;

namespace SoukPlay.Bot.Tests.Outbox;

public sealed class OutboxDeliveryTests : IDisposable
{
    private const string Buyer = "+33612345678";

    private readonly ScriptedTwilioApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Send_429ThenAccepted_RetriesAndRecordsTheSid()
    {
        _api.Script = (n, _) => n == 0 ? ScriptedTwilioApi.Error(429, 20429, "Too Many Requests") : null;
        using var host = new DeliveryHost(_api.Url).Started();

        await host.CommitAsync(Messages.Pending("m1", Buyer, "Deal!"));
        var sent = await Eventually.GetAsync(() => host.Get("m1"), m => m.Status == OutboxStatus.Queued, "queued");

        _api.Creates().Should().HaveCount(2);
        _api.LogReads().Should().BeEmpty("a 429 means Twilio did not take it");
        sent.ProviderSid.Should().StartWith("SM");
    }

    [Fact]
    public async Task Send_ConnectionRefusedThenAccepted_RetriesAndRecordsTheSid()
    {
        var port = _api.Port;
        _api.Dispose();
        using var host = new DeliveryHost($"http://127.0.0.1:{port}", new Dictionary<string, string?>
        {
            ["Outbox:RetryDelay"] = "00:00:00.400",
        }).Started();

        await host.CommitAsync(Messages.Pending("m1", Buyer, "Deal!"));
        await Task.Delay(250);
        using var api = new ScriptedTwilioApi(port);
        var sent = await Eventually.GetAsync(() => host.Get("m1"), m => m.Status == OutboxStatus.Queued, "queued");

        api.Creates().Should().ContainSingle();
        sent.ProviderSid.Should().StartWith("SM");
        sent.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Send_500ButTwilioTookIt_FindsItInTheLogAndSendsNoDuplicate()
    {
        string? taken = null;
        _api.Script = (n, form) =>
        {
            taken = _api.AddToLog(form["To"], form["From"], form["Body"]);
            return ScriptedTwilioApi.Error(500, 20500, "Internal Server Error");
        };
        using var host = new DeliveryHost(_api.Url).Started();

        await host.CommitAsync(Messages.Pending("m1", Buyer, "Counter-offer: 350 MAD"));
        var sent = await Eventually.GetAsync(() => host.Get("m1"), m => m.ProviderSid is not null, "the SID recorded");

        _api.Creates().Should().ContainSingle();
        sent.ProviderSid.Should().Be(taken);
        sent.Status.Should().Be(OutboxStatus.Sent);
        var read = _api.LogReads().Should().ContainSingle().Subject!;
        read["To"].ToString().Should().Be("whatsapp:" + Buyer);
        read["From"].ToString().Should().Be("whatsapp:" + DeliveryHost.ShopNumber);
    }

    [Fact]
    public async Task Send_500AndNotInTheLog_SendsOnceMore()
    {
        _api.Script = (n, _) => n == 0 ? ScriptedTwilioApi.Error(503, 20503, "Service Unavailable") : null;
        using var host = new DeliveryHost(_api.Url).Started();

        await host.CommitAsync(Messages.Pending("m1", Buyer, "Counter-offer: 350 MAD"));
        var sent = await Eventually.GetAsync(() => host.Get("m1"), m => m.Status == OutboxStatus.Queued, "queued");

        _api.Creates().Should().HaveCount(2);
        _api.LogReads().Should().ContainSingle();
        sent.ProviderSid.Should().StartWith("SM");
    }

    [Fact]
    public async Task Send_500WithTheSameBodyAlreadyOwnedByAnotherMessage_SendsOnceMore()
    {
        using var host = new DeliveryHost(_api.Url).Started();
        var earlier = Messages.Pending("m0", Buyer, "OK");
        earlier.Status = OutboxStatus.Delivered;
        earlier.ProviderSid = _api.AddToLog("whatsapp:" + Buyer, "whatsapp:" + DeliveryHost.ShopNumber, "OK");
        _api.Script = (n, _) => n == 0 ? ScriptedTwilioApi.Error(500, 20500, "Internal Server Error") : null;

        await host.CommitAsync(earlier, Messages.Pending("m1", Buyer, "OK", sequence: 2));
        var sent = await Eventually.GetAsync(() => host.Get("m1"), m => m.Status == OutboxStatus.Queued, "queued");

        _api.Creates().Should().HaveCount(2);
        sent.ProviderSid.Should().NotBe(earlier.ProviderSid);
    }

    [Fact]
    public async Task Send_TimeoutButTwilioTookIt_FindsItInTheLogAndSendsNoDuplicate()
    {
        string? taken = null;
        _api.Script = (n, form) =>
        {
            taken = _api.AddToLog(form["To"], form["From"], form["Body"]);
            Thread.Sleep(1500);
            return null;
        };
        using var host = new DeliveryHost(_api.Url, new Dictionary<string, string?>
        {
            ["Twilio:RequestTimeout"] = "00:00:00.500",
        }).Started();

        await host.CommitAsync(Messages.Pending("m1", Buyer, "Deal at 300 MAD"));
        var sent = await Eventually.GetAsync(() => host.Get("m1"), m => m.ProviderSid is not null, "the SID recorded");

        await Task.Delay(1500);
        _api.Creates().Should().ContainSingle();
        sent.ProviderSid.Should().Be(taken);
    }

    [Fact]
    public async Task Send_TimeoutAndNotInTheLog_SendsOnceMore()
    {
        _api.Script = (n, _) =>
        {
            if (n == 0)
            {
                Thread.Sleep(1500);
                return ScriptedTwilioApi.Error(500, 20500, "lost");
            }

            return null;
        };
        using var host = new DeliveryHost(_api.Url, new Dictionary<string, string?>
        {
            ["Twilio:RequestTimeout"] = "00:00:00.500",
        }).Started();

        await host.CommitAsync(Messages.Pending("m1", Buyer, "Deal at 300 MAD"));
        var sent = await Eventually.GetAsync(() => host.Get("m1"), m => m.Status == OutboxStatus.Queued, "queued");

        await _api.WaitForCreatesAsync(2);
        await Task.Delay(300);
        _api.Creates().Should().HaveCount(2, "WireMock logs the timed-out request once it has answered it");
        _api.LogReads().Should().ContainSingle();
        sent.ProviderSid.Should().StartWith("SM");
    }

    [Fact]
    public async Task Send_21610_FailsAndOptsThePersonOutSoLaterMessagesAreSkipped()
    {
        _api.Script = (_, _) => ScriptedTwilioApi.Error(400, 21610, "Attempt to send to unsubscribed recipient");
        using var host = new DeliveryHost(_api.Url).Started();
        await host.CommitAsync(Messages.Person(Buyer));

        await host.CommitAsync(Messages.Pending("m1", Buyer, "New offer"));
        var failed = await Eventually.GetAsync(() => host.Get("m1"), m => m.Status == OutboxStatus.Failed, "failed");
        failed.LastError.Should().Contain("21610");
        host.Person(Buyer)!.OptedOut.Should().BeTrue();

        await host.CommitAsync(Messages.Pending("m2", Buyer, "Another offer", sequence: 2));
        var skipped = await Eventually.GetAsync(() => host.Get("m2"), m => m.Status == OutboxStatus.Failed, "skipped");
        skipped.LastError.Should().Be("opted out");
        _api.Creates().Should().ContainSingle();
    }

    [Fact]
    public async Task Send_ReplyToOptedOutPerson_StillGoes()
    {
        using var host = new DeliveryHost(_api.Url).Started();
        await host.CommitAsync(Messages.Person(Buyer, optedOut: true));

        await host.CommitAsync(Messages.Pending("r1", Buyer, "You are unsubscribed.", priority: 0));

        await Eventually.GetAsync(() => host.Get("r1"), m => m.Status == OutboxStatus.Queued, "queued");
        _api.Creates().Should().ContainSingle();
    }

    [Fact]
    public async Task Send_63016WithTemplateForTheKind_SendsTheTemplate()
    {
        _api.Script = OutsideWindowUnlessTemplate;
        using var host = new DeliveryHost(_api.Url, new Dictionary<string, string?>
        {
            ["Twilio:Templates:broadcast"] = "HX0123456789abcdef0123456789abcdef",
        }).Started();

        await host.CommitAsync(Messages.Pending("m1", Buyer, "Vote now: 1 Well, 2 School", kind: "broadcast:42"));
        var sent = await Eventually.GetAsync(() => host.Get("m1"), m => m.Status == OutboxStatus.Queued, "queued");

        var creates = _api.Creates();
        creates.Should().HaveCount(2);
        creates[1].Form.Should().Contain("ContentSid", "HX0123456789abcdef0123456789abcdef")
            .And.Contain("ContentVariables", """{"1":"Vote now: 1 Well, 2 School"}""")
            .And.Contain("To", "whatsapp:" + Buyer)
            .And.NotContainKey("Body");
        sent.ProviderSid.Should().StartWith("SM");
    }

    [Fact]
    public async Task Send_63016NoTemplateButSmsAllowed_SendsBySms()
    {
        _api.Script = OutsideWindowUnlessTemplate;
        using var host = new DeliveryHost(_api.Url).Started();
        await host.CommitAsync(Messages.Person(Buyer, allowSms: true));

        await host.CommitAsync(Messages.Pending("m1", Buyer, "Your deal is confirmed"));
        var sent = await Eventually.GetAsync(() => host.Get("m1"), m => m.Status == OutboxStatus.Queued, "queued");

        var sms = _api.Creates()[1].Form;
        sms["To"].Should().Be(Buyer);
        sms["From"].Should().Be(DeliveryHost.ShopNumber);
        sms["Body"].Should().Be("Your deal is confirmed");
        sent.Channel.Should().Be(Channel.Sms);
    }

    [Fact]
    public async Task Send_63016NoTemplateNoSms_FailsWithTheReason()
    {
        _api.Script = OutsideWindowUnlessTemplate;
        using var host = new DeliveryHost(_api.Url).Started();
        await host.CommitAsync(Messages.Person(Buyer));

        await host.CommitAsync(Messages.Pending("m1", Buyer, "Your deal is confirmed"));
        var failed = await Eventually.GetAsync(() => host.Get("m1"), m => m.Status == OutboxStatus.Failed, "failed");

        failed.LastError.Should().Contain("63016").And.Contain("no template");
        _api.Creates().Should().ContainSingle();
    }

    [Fact]
    public async Task Send_Other4xx_FailsWithCodeAndMessageAndNoRetry()
    {
        _api.Script = (_, _) => ScriptedTwilioApi.Error(400, 21211, "The 'To' number is not a valid phone number.");
        using var host = new DeliveryHost(_api.Url).Started();

        await host.CommitAsync(Messages.Pending("m1", Buyer, "Hello"));
        var failed = await Eventually.GetAsync(() => host.Get("m1"), m => m.Status == OutboxStatus.Failed, "failed");

        failed.LastError.Should().Contain("21211").And.Contain("not a valid phone number");
        await Task.Delay(300);
        _api.Creates().Should().ContainSingle();
        _api.LogReads().Should().BeEmpty();
    }

    [Fact]
    public async Task Start_MessageStuckInSendingAndInTheLog_RecordsItWithoutSending()
    {
        var sid = _api.AddToLog("whatsapp:" + Buyer, "whatsapp:" + DeliveryHost.ShopNumber, "Ballot: 1 Well");
        var stuck = Stuck("m1", "Ballot: 1 Well");
        using var host = new DeliveryHost(_api.Url, new Dictionary<string, string?>
        {
            ["Outbox:RecoveryInterval"] = "00:00:00.100",
        }).Started();

        await host.CommitAsync(stuck);
        var found = await Eventually.GetAsync(() => host.Get("m1"), m => m.ProviderSid is not null, "recovered");

        found.ProviderSid.Should().Be(sid);
        found.Status.Should().Be(OutboxStatus.Sent);
        _api.Creates().Should().BeEmpty();
    }

    [Fact]
    public async Task Start_MessageStuckInSendingNotInTheLog_SendsItOnce()
    {
        using var host = new DeliveryHost(_api.Url, new Dictionary<string, string?>
        {
            ["Outbox:RecoveryInterval"] = "00:00:00.100",
        }).Started();

        await host.CommitAsync(Stuck("m1", "Ballot: 1 Well"));
        var sent = await Eventually.GetAsync(() => host.Get("m1"), m => m.Status == OutboxStatus.Queued, "resent");

        await Task.Delay(500);
        _api.Creates().Should().ContainSingle();
        sent.Attempts.Should().Be(2);
    }

    private static OutboxMessage Stuck(string id, string body)
    {
        var stuck = Messages.Pending(id, Buyer, body, priority: 2);
        stuck.Status = OutboxStatus.Sending;
        stuck.Attempts = 1;
        stuck.NotBefore = DateTimeOffset.UtcNow.AddMinutes(-1);
        return stuck;
    }

    private static ResponseMessage? OutsideWindowUnlessTemplate(int n, IReadOnlyDictionary<string, string> form) =>
        form.ContainsKey("ContentSid") || !form["To"].StartsWith("whatsapp:", StringComparison.Ordinal)
            ? null
            : ScriptedTwilioApi.Error(
                400,
                63016,
                "Failed to send freeform message because you are outside the allowed window.");
}
