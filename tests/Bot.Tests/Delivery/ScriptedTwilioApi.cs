using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using SoukPlay.Bot.Tests.Support;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace SoukPlay.Bot.Tests.Delivery;

/// <summary>
/// A fake Twilio REST API on loopback whose answers to message creation the test scripts, and
/// whose message log (GET Messages.json) holds every message it accepted plus any the test adds.
/// </summary>
public sealed class ScriptedTwilioApi : IDisposable
{
    private readonly ConcurrentQueue<LoggedMessage> _log = new();
    private int _creates;
    private int _sids;

    public ScriptedTwilioApi(int? port = null)
    {
        Port = port ?? FreePort();
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{Port}"] });
        Server.Given(Request.Create().WithPath(FakeTwilioApi.MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithCallback(OnCreate));
        Server.Given(Request.Create().WithPath(FakeTwilioApi.MessagesPath).UsingGet())
            .RespondWith(Response.Create().WithCallback(OnList));
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public WireMockServer Server { get; }

    /// <summary>
    /// Answers the n-th message creation (0-based) given its form; null accepts it. By default
    /// every message is accepted.
    /// </summary>
    public Func<int, IReadOnlyDictionary<string, string>, ResponseMessage?> Script { get; set; } = (_, _) => null;

    /// <summary>The message creations received, in order, with the time WireMock logged each.</summary>
    public IReadOnlyList<(DateTime At, IReadOnlyDictionary<string, string> Form)> Creates() =>
        [.. Server.LogEntries
            .Where(e => e.RequestMessage.Method == "POST")
            .OrderBy(e => e.RequestMessage.DateTime)
            .Select(e => (e.RequestMessage.DateTime, Form(e.RequestMessage.Body)))];

    /// <summary>The message log reads received (their query strings).</summary>
    public IReadOnlyList<IDictionary<string, WireMockList<string>>?> LogReads() =>
        [.. Server.LogEntries.Where(e => e.RequestMessage.Method == "GET").Select(e => e.RequestMessage.Query)];

    /// <summary>Puts a message in the log as if Twilio had taken it without answering us.</summary>
    public string AddToLog(string to, string from, string body)
    {
        var sid = NewSid();
        _log.Enqueue(new LoggedMessage(sid, to, from, body, DateTime.UtcNow));
        return sid;
    }

    public async Task WaitForCreatesAsync(int count, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (Creates().Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Creates().Should().HaveCountGreaterThanOrEqualTo(count, "the sender should have called Twilio");
    }

    public static ResponseMessage Error(int status, int code, string message) =>
        Json(status, JsonSerializer.Serialize(new
        {
            code,
            message,
            more_info = $"https://www.twilio.com/docs/errors/{code}",
            status,
        }));

    public void Dispose() => Server.Stop();

    private ResponseMessage OnCreate(IRequestMessage request)
    {
        var form = Form(request.Body);
        var index = Interlocked.Increment(ref _creates) - 1;
        var scripted = Script(index, form);
        if (scripted is not null)
        {
            return scripted;
        }

        var sid = NewSid();
        var body = form.GetValueOrDefault("Body") ?? "";
        _log.Enqueue(new LoggedMessage(sid, form["To"], form["From"], body, DateTime.UtcNow));
        return Json(201, JsonSerializer.Serialize(new
        {
            sid,
            account_sid = BotHost.AccountSid,
            to = form["To"],
            from = form["From"],
            body = form.GetValueOrDefault("Body"),
            status = "queued",
            num_media = "0",
        }));
    }

    private ResponseMessage OnList(IRequestMessage request)
    {
        var to = request.Query?.TryGetValue("To", out var t) == true ? t.ToString() : null;
        var from = request.Query?.TryGetValue("From", out var f) == true ? f.ToString() : null;
        var messages = _log
            .Where(m => (to is null || m.To == to) && (from is null || m.From == from))
            .OrderByDescending(m => m.At)
            .Select(m => new Dictionary<string, object?>
            {
                ["sid"] = m.Sid,
                ["account_sid"] = BotHost.AccountSid,
                ["to"] = m.To,
                ["from"] = m.From,
                ["body"] = m.Body,
                ["status"] = "sent",
                ["direction"] = "outbound-api",
                ["date_created"] = m.At.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture),
                ["date_sent"] = m.At.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture),
            });
        var path = FakeTwilioApi.MessagesPath;
        return Json(200, JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["messages"] = messages.ToList(),
            ["uri"] = path + "?PageSize=50&Page=0",
            ["first_page_uri"] = path + "?PageSize=50&Page=0",
            ["next_page_uri"] = null,
            ["previous_page_uri"] = null,
            ["page"] = 0,
            ["page_size"] = 50,
            ["start"] = 0,
            ["end"] = 0,
        }));
    }

    private string NewSid() => $"SM{Interlocked.Increment(ref _sids):D32}";

    private static ResponseMessage Json(int status, string json) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { BodyAsString = json, DetectedBodyType = BodyType.String },
    };

    private static Dictionary<string, string> Form(string? body) =>
        QueryHelpers.ParseQuery(body ?? "").ToDictionary(pair => pair.Key, pair => pair.Value.ToString());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed record LoggedMessage(string Sid, string To, string From, string Body, DateTime At);
}
