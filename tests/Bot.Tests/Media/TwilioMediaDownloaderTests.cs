using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Media;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SoukPlay.Bot.Tests.Media;

public sealed class TwilioMediaDownloaderTests : IDisposable
{
    private const string AccountSid = "ACtest0000000000000000000000000000";
    private const string AuthToken = "test-auth-token";
    private static readonly string ExpectedAuthorization =
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"));

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    private string LoopbackUrl(string path) => $"http://127.0.0.1:{_server.Port}{path}";

    private string LocalhostUrl(string path) => $"http://localhost:{_server.Port}{path}";

    [Fact]
    public async Task DownloadAsync_AccountCredentials_SendsBasicAuthAndGetsBytes()
    {
        _server.Given(Request.Create().WithPath("/media/ME1").UsingGet()
                .WithHeader("Authorization", ExpectedAuthorization))
            .RespondWith(Response.Create().WithHeader("Content-Type", "audio/ogg").WithBody([1, 2, 3, 4]));

        var result = await CreateDownloader().DownloadAsync(new Uri(LoopbackUrl("/media/ME1")), default);

        result.Status.Should().Be(MediaDownloadStatus.Ok);
        result.Content.ToArray().Should().Equal(1, 2, 3, 4);
        result.ContentType.Should().Be("audio/ogg");
    }

    [Fact]
    public async Task DownloadAsync_RedirectToAllowedHost_FollowsWithoutSendingCredentials()
    {
        _server.Given(Request.Create().WithPath("/media/ME2").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(307).WithHeader("Location", LocalhostUrl("/cdn/ME2")));
        _server.Given(Request.Create().WithPath("/cdn/ME2").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "audio/ogg").WithBody([9, 8, 7]));

        var result = await CreateDownloader().DownloadAsync(new Uri(LoopbackUrl("/media/ME2")), default);

        result.Status.Should().Be(MediaDownloadStatus.Ok);
        result.Content.ToArray().Should().Equal(9, 8, 7);
        var requests = _server.LogEntries.Select(e => e.RequestMessage).ToList();
        requests.Should().HaveCount(2);
        requests[0].Headers!.Should().ContainKey("Authorization");
        requests[1].Path.Should().Be("/cdn/ME2");
        requests[1].Headers!.Should().NotContainKey("Authorization");
    }

    [Fact]
    public async Task DownloadAsync_RedirectToOtherHost_RefusedWithoutFollowing()
    {
        _server.Given(Request.Create().WithPath("/media/ME3").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302)
                .WithHeader("Location", "http://media.attacker.invalid/steal"));

        var result = await CreateDownloader().DownloadAsync(new Uri(LoopbackUrl("/media/ME3")), default);

        result.Status.Should().Be(MediaDownloadStatus.Refused);
        result.Reason.Should().Contain("media.attacker.invalid");
        _server.LogEntries.Should().ContainSingle();
    }

    [Fact]
    public async Task DownloadAsync_RedirectLoop_FailsAfterMaxRedirects()
    {
        _server.Given(Request.Create().WithPath("/media/loop").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", "/media/loop"));

        var result = await CreateDownloader(o => o.MaxRedirects = 2)
            .DownloadAsync(new Uri(LoopbackUrl("/media/loop")), default);

        result.Status.Should().Be(MediaDownloadStatus.Failed);
        _server.LogEntries.Should().HaveCount(3);
    }

    [Fact]
    public async Task DownloadAsync_HostNotTwilio_RefusedWithoutAnyRequest()
    {
        _server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithBody("x"));

        var result = await CreateDownloader(o => o.AllowedHosts = [])
            .DownloadAsync(new Uri(LoopbackUrl("/media/ME4")), default);

        result.Status.Should().Be(MediaDownloadStatus.Refused);
        result.Reason.Should().Contain("127.0.0.1");
        _server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task DownloadAsync_PlainHttpWhenHttpsRequired_RefusedWithoutAnyRequest()
    {
        _server.Given(Request.Create().UsingGet()).RespondWith(Response.Create().WithBody("x"));

        var result = await CreateDownloader(o => o.AllowHttp = false)
            .DownloadAsync(new Uri(LoopbackUrl("/media/ME5")), default);

        result.Status.Should().Be(MediaDownloadStatus.Refused);
        _server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task DownloadAsync_ContentLengthOverCap_TooLargeBeforeReadingBody()
    {
        // WireMock.Net always answers chunked (it drops a Content-Length header given to it), so this
        // one case uses a loopback HttpListener that declares the length.
        var port = _server.Port;
        _server.Stop();
        using var listener = new System.Net.HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serving = ServeOnceAsync(listener, declaredLength: 4096);

        var result = await CreateDownloader(o => o.MaxBytes = 1024)
            .DownloadAsync(new Uri($"http://127.0.0.1:{port}/media/big"), default);

        result.Status.Should().Be(MediaDownloadStatus.TooLarge);
        result.Reason.Should().Contain("Content-Length 4096");
        await serving;
    }

    [Fact]
    public async Task DownloadAsync_ChunkedBodyOverCap_TooLargeWhileStreaming()
    {
        _server.Given(Request.Create().WithPath("/media/chunked").UsingGet())
            .RespondWith(Response.Create().WithBody(new byte[4096]));
        var chunkedUrl = new Uri(LoopbackUrl("/media/chunked"));
        using (var probe = await _http.GetAsync(chunkedUrl, HttpCompletionOption.ResponseHeadersRead))
        {
            probe.Content.Headers.ContentLength.Should().BeNull("the fake must send no Content-Length here");
        }

        var result = await CreateDownloader(o => o.MaxBytes = 1024)
            .DownloadAsync(new Uri(LoopbackUrl("/media/chunked")), default);

        result.Status.Should().Be(MediaDownloadStatus.TooLarge);
        result.Reason.Should().Contain("body went over 1024");
    }

    [Fact]
    public async Task DownloadAsync_ServiceUnavailableThenOk_RetriesAndSucceeds()
    {
        _server.Given(Request.Create().WithPath("/media/flaky").UsingGet())
            .InScenario("flaky").WillSetStateTo("recovered")
            .RespondWith(Response.Create().WithStatusCode(503));
        _server.Given(Request.Create().WithPath("/media/flaky").UsingGet())
            .InScenario("flaky").WhenStateIs("recovered")
            .RespondWith(Response.Create().WithBody([5, 5]));

        var result = await CreateDownloader().DownloadAsync(new Uri(LoopbackUrl("/media/flaky")), default);

        result.Status.Should().Be(MediaDownloadStatus.Ok);
        result.Content.ToArray().Should().Equal(5, 5);
        _server.LogEntries.Should().HaveCount(2);
    }

    [Fact]
    public async Task DownloadAsync_AlwaysServiceUnavailable_FailsAfterMaxAttempts()
    {
        _server.Given(Request.Create().WithPath("/media/down").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(503));

        var result = await CreateDownloader(o => o.MaxAttempts = 3)
            .DownloadAsync(new Uri(LoopbackUrl("/media/down")), default);

        result.Status.Should().Be(MediaDownloadStatus.Failed);
        result.Reason.Should().Contain("503");
        _server.LogEntries.Should().HaveCount(3);
    }

    [Fact]
    public async Task DownloadAsync_NotFound_FailsWithoutRetry()
    {
        var result = await CreateDownloader().DownloadAsync(new Uri(LoopbackUrl("/media/missing")), default);

        result.Status.Should().Be(MediaDownloadStatus.Failed);
        _server.LogEntries.Should().ContainSingle();
    }

    [Fact]
    public async Task DownloadAsync_ConnectionRefused_FailsAsValue()
    {
        var port = _server.Port;
        _server.Stop();

        var result = await CreateDownloader().DownloadAsync(new Uri($"http://127.0.0.1:{port}/media/x"), default);

        result.Status.Should().Be(MediaDownloadStatus.Failed);
        result.Reason.Should().Contain("could not be reached");
    }

    private static async Task ServeOnceAsync(System.Net.HttpListener listener, int declaredLength)
    {
        var context = await listener.GetContextAsync();
        context.Response.ContentLength64 = declaredLength;
        try
        {
            await context.Response.OutputStream.WriteAsync(new byte[declaredLength]);
            context.Response.Close();
        }
        catch (System.Net.HttpListenerException)
        {
            // The downloader hung up after reading the headers, as it should.
        }
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _http.Dispose();
    }

    private TwilioMediaDownloader CreateDownloader(Action<TwilioMediaOptions>? configure = null)
    {
        var options = new TwilioMediaOptions
        {
            AccountSid = AccountSid,
            AuthToken = AuthToken,
            AllowedHosts = ["127.0.0.1", "localhost"],
            AllowHttp = true,
            RetryDelay = TimeSpan.FromMilliseconds(5),
        };
        configure?.Invoke(options);
        return new TwilioMediaDownloader(
            _http, Options.Create(options), TimeProvider.System, NullLogger<TwilioMediaDownloader>.Instance);
    }
}
