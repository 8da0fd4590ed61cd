using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Delivery;

public sealed class OptOutWebhookTests : IDisposable
{
    private const string Artisan = "+212612345678";

    private readonly ScriptedTwilioApi _api = new();
    private readonly DeliveryHost _host;
    private int _sids;

    public OptOutWebhookTests()
    {
        _host = new DeliveryHost(_api.Url).Started();
    }

    public void Dispose()
    {
        _host.Dispose();
        _api.Dispose();
    }

    [Theory]
    [InlineData("STOP")]
    [InlineData("Arrêt")]
    [InlineData("وقف")]
    [InlineData("unsubscribe")]
    public async Task Post_StopWord_AnswersOnlyTheConfirmationAndOptsOut(string word)
    {
        var answer = await SendAsync(word);

        answer.Should().ContainSingle().Which.Should().Contain("désabonné").And.Contain("START");
        _host.Person(Artisan)!.OptedOut.Should().BeTrue();
    }

    [Fact]
    public async Task Post_AfterStop_OneNoticeThenSilenceAndNotificationsSkipped()
    {
        await SendAsync("stop");

        (await SendAsync("salam")).Should().ContainSingle().Which.Should().Contain("Envoyez START");
        (await SendAsync("1")).Should().BeEmpty();
        await _host.CommitAsync(Messages.Pending("n1", Artisan, "New offer: 300 MAD"));

        var skipped = await Eventually.GetAsync(() => _host.Get("n1"), m => m.Status == OutboxStatus.Failed, "skipped");
        skipped.LastError.Should().Be("opted out");
        _api.Creates().Should().BeEmpty();
    }

    [Fact]
    public async Task Post_HelpThenStart_AnswersHelpThenOptsBackIn()
    {
        await SendAsync("STOP");

        (await SendAsync("HELP")).Should().ContainSingle().Which.Should().Contain("Souk & Play");
        (await SendAsync("بدا")).Should().ContainSingle().Which.Should().Contain("Bon retour");

        _host.Person(Artisan)!.OptedOut.Should().BeFalse();
        await _host.CommitAsync(Messages.Pending("n1", Artisan, "New offer: 300 MAD"));
        await Eventually.GetAsync(() => _host.Get("n1"), m => m.Status == OutboxStatus.Queued, "sent");
    }

    private async Task<IReadOnlyList<string>> SendAsync(string text)
    {
        var sid = $"SM{Interlocked.Increment(ref _sids):D32}";
        var form = TwilioRequests.WhatsAppText(sid, text);
        var response = await _host.CreateClient().SendAsync(TwilioRequests.Post(form));
        return [.. (await TwimlAssert.MessagesAsync(response)).Select(message => message.Value)];
    }
}
