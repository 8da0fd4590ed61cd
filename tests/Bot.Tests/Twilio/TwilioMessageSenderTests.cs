using System.Text;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Twilio;

public sealed class TwilioMessageSenderTests : IDisposable
{
    private const string Artisan = "+212612345678";
    private const string Buyer = "+33612345678";
    private const string ShopNumber = "+212522000111";

    private readonly FakeTwilioApi _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task SendAsync_WhatsAppWithPhoto_PostsPrefixedAddressesMediaCallbackAndBasicAuth()
    {
        _api.AcceptingMessages();
        using var host = new BotHost(apiBaseUrl: _api.Url);
        host.Outbox.Add(Pending("o1", Artisan, Channel.WhatsApp, "New offer: 300 MAD", "https://cdn.example.test/p/1.jpg"));

        host.Started();
        await _api.WaitForRequestsAsync(1);

        var request = _api.Requests().Should().ContainSingle().Subject;
        request.Path.Should().Be(FakeTwilioApi.MessagesPath);
        request.Form.Should().Contain(new Dictionary<string, string>
        {
            ["To"] = "whatsapp:" + Artisan,
            ["From"] = "whatsapp:" + ShopNumber,
            ["Body"] = "New offer: 300 MAD",
            ["MediaUrl"] = "https://cdn.example.test/p/1.jpg",
            ["StatusCallback"] = BotHost.PublicBaseUrl + "/twilio/status",
        });
        var credentials = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{BotHost.AccountSid}:{BotHost.AuthToken}"));
        request.Authorization.Should().Be("Basic " + credentials);
        var sent = await Eventually.GetAsync(
            () => host.Outbox.All().Single(),
            m => m.Status == OutboxStatus.Queued,
            "the message should be recorded as queued");
        sent.ProviderSid.Should().StartWith("SM");
        sent.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task SendAsync_Sms_PostsPlainNumbersWithoutMedia()
    {
        _api.AcceptingMessages();
        using var host = new BotHost(apiBaseUrl: _api.Url);
        host.Outbox.Add(Pending("o2", Buyer, Channel.Sms, "Counter-offer: 350 MAD"));

        host.Started();
        await _api.WaitForRequestsAsync(1);

        var form = _api.Requests().Single().Form;
        form["To"].Should().Be(Buyer);
        form["From"].Should().Be(ShopNumber);
        form.Should().NotContainKey("MediaUrl");
        form.Values.Should().NotContain(value => value.Contains("whatsapp", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SendAsync_429ThenAccepted_RetriesAndRecordsTheSid()
    {
        _api.RateLimitingOnceThenAccepting();
        using var host = new BotHost(apiBaseUrl: _api.Url);
        host.Outbox.Add(Pending("o3", Buyer, Channel.Sms, "Deal!"));

        host.Started();
        var sent = await Eventually.GetAsync(
            () => host.Outbox.All().Single(),
            m => m.Status == OutboxStatus.Queued,
            "the retried message should be recorded as queued");

        _api.Requests().Should().HaveCount(2);
        sent.ProviderSid.Should().NotBeNullOrEmpty();
        sent.LastError.Should().BeNull();
    }

    [Fact]
    public async Task SendAsync_TwilioRefuses_RecordsFailureWithoutRetry()
    {
        _api.RefusingMessages();
        using var host = new BotHost(apiBaseUrl: _api.Url);
        host.Outbox.Add(Pending("o4", Buyer, Channel.Sms, "Deal!"));

        host.Started();
        var failed = await Eventually.GetAsync(
            () => host.Outbox.All().Single(),
            m => m.Status == OutboxStatus.Failed,
            "the refused message should be recorded as failed");

        failed.LastError.Should().Contain("21211");
        await Task.Delay(300);
        _api.Requests().Should().ContainSingle();
    }

    [Fact]
    public async Task SendAsync_ApiUnreachable_RecordsFailureAfterRetries()
    {
        var closedPort = _api.Url;
        _api.Dispose();
        using var host = new BotHost(apiBaseUrl: closedPort);
        host.Outbox.Add(Pending("o5", Buyer, Channel.Sms, "Deal!"));

        host.Started();
        var failed = await Eventually.GetAsync(
            () => host.Outbox.All().Single(),
            m => m.Status == OutboxStatus.Failed,
            "the message should fail once the retries are spent");

        failed.LastError.Should().Contain("unreachable");
    }

    private static OutboxMessage Pending(string id, string to, Channel channel, string body, params string[] media) =>
        new()
        {
            Id = id,
            ToPersonId = to,
            Channel = channel,
            FromNumber = ShopNumber,
            Body = body,
            MediaUrls = [.. media],
            Kind = "notice",
            Status = OutboxStatus.Pending,
        };
}
