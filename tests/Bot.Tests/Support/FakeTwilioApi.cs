using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.WebUtilities;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace SoukPlay.Bot.Tests.Support;

/// <summary>A fake Twilio REST API on loopback, answering message creation like Twilio does.</summary>
public sealed class FakeTwilioApi : IDisposable
{
    public static readonly string MessagesPath = $"/2010-04-01/Accounts/{BotHost.AccountSid}/Messages.json";

    private int _sidCounter;

    public FakeTwilioApi()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
    }

    public WireMockServer Server { get; }

    public string Url => Server.Urls[0];

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<ReceivedTwilioRequest> Requests() =>
        Server.LogEntries.Select(entry => ToReceived(entry.RequestMessage)).ToList();

    /// <summary>Accepts every message, giving each a new SID.</summary>
    public FakeTwilioApi AcceptingMessages()
    {
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithCallback(_ => Accepted()));
        return this;
    }

    /// <summary>Answers the first request 429 Too Many Requests, then accepts.</summary>
    public FakeTwilioApi RateLimitingOnceThenAccepting()
    {
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .InScenario("rate")
            .WillSetStateTo("open")
            .RespondWith(Response.Create()
                .WithStatusCode(429)
                .WithHeader("Content-Type", "application/json")
                .WithBody("""
                    {"code":20429,"message":"Too Many Requests",
                     "more_info":"https://www.twilio.com/docs/errors/20429","status":429}
                    """));
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .InScenario("rate")
            .WhenStateIs("open")
            .RespondWith(Response.Create().WithCallback(_ => Accepted()));
        return this;
    }

    /// <summary>Refuses every message as Twilio refuses an invalid 'To'.</summary>
    public FakeTwilioApi RefusingMessages()
    {
        Server.Given(Request.Create().WithPath(MessagesPath).UsingPost())
            .RespondWith(Response.Create()
                .WithStatusCode(400)
                .WithHeader("Content-Type", "application/json")
                .WithBody("""
                    {"code":21211,"message":"The 'To' number is not a valid phone number.",
                     "more_info":"https://www.twilio.com/docs/errors/21211","status":400}
                    """));
        return this;
    }

    /// <summary>Waits until <paramref name="count"/> requests arrived, or fails after fifteen seconds.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Server.LogEntries.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Server.LogEntries.Count.Should().BeGreaterThanOrEqualTo(count, "the sender should have called Twilio");
    }

    public void Dispose() => Server.Stop();

    private WireMock.ResponseMessage Accepted()
    {
        var sid = $"SM{Interlocked.Increment(ref _sidCounter):D32}";
        var json = $$"""{"sid":"{{sid}}","account_sid":"{{BotHost.AccountSid}}","status":"queued","num_media":"0"}""";
        return new WireMock.ResponseMessage
        {
            StatusCode = 201,
            Headers = new Dictionary<string, WireMock.Types.WireMockList<string>>
            {
                ["Content-Type"] = new("application/json"),
            },
            BodyData = new WireMock.Util.BodyData
            {
                BodyAsString = json,
                DetectedBodyType = WireMock.Types.BodyType.String,
            },
        };
    }

    private static ReceivedTwilioRequest ToReceived(WireMock.IRequestMessage request)
    {
        var form = QueryHelpers.ParseQuery(request.Body ?? "")
            .ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
        string? authorization = null;
        if (request.Headers is not null && request.Headers.TryGetValue("Authorization", out var values))
        {
            authorization = values.FirstOrDefault();
        }

        return new ReceivedTwilioRequest(request.Path, form, authorization);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
