using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace SoukPlay.Bot.Tests.Support;

/// <summary>
/// A fake Twilio REST API on loopback, outliving the bot processes that call it: accepts every
/// message with a unique SID, records each creation (SID, To, From, Body), and serves them back as
/// Twilio's message log (GET Messages.json filtered by To and From), as the sender's log check reads it.
/// A creation is recorded when it arrives, before its (optionally delayed) answer: a sender killed
/// while waiting has had its message taken without learning the SID, as can happen with Twilio.
/// </summary>
public sealed class RecordingTwilioApi : IDisposable
{
    private readonly ConcurrentQueue<CreatedMessage> _created = new();
    private int _sids;

    /// <param name="answerDelay">How long each message creation waits before its answer (none by default).</param>
    public RecordingTwilioApi(TimeSpan? answerDelay = null)
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
        Server.Given(Request.Create().WithPath(FakeTwilioApi.MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithCallback(OnCreate).WithDelay(answerDelay ?? TimeSpan.Zero));
        Server.Given(Request.Create().WithPath(FakeTwilioApi.MessagesPath).UsingGet())
            .RespondWith(Response.Create().WithCallback(OnList));
    }

    public WireMockServer Server { get; }

    public string Url => Server.Urls[0];

    /// <summary>Every message accepted so far, in the order they arrived.</summary>
    public IReadOnlyList<CreatedMessage> Created => [.. _created];

    public int CreatedCount => _created.Count;

    public void Dispose() => Server.Stop();

    private ResponseMessage OnCreate(IRequestMessage request)
    {
        var form = QueryHelpers.ParseQuery(request.Body ?? "")
            .ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
        var message = new CreatedMessage(
            $"SM{Interlocked.Increment(ref _sids):D32}",
            form.GetValueOrDefault("To") ?? "",
            form.GetValueOrDefault("From") ?? "",
            form.GetValueOrDefault("Body") ?? "",
            DateTime.UtcNow);
        _created.Enqueue(message);
        return Json(201, JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["sid"] = message.Sid,
            ["account_sid"] = BotHost.AccountSid,
            ["to"] = message.To,
            ["from"] = message.From,
            ["body"] = message.Body,
            ["status"] = "queued",
            ["num_media"] = "0",
        }));
    }

    private ResponseMessage OnList(IRequestMessage request)
    {
        var to = Query(request, "To");
        var from = Query(request, "From");
        var entries = _created
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
                ["date_created"] = TwilioDate(m.At),
                ["date_sent"] = TwilioDate(m.At),
            })
            .ToList();
        var path = FakeTwilioApi.MessagesPath + "?PageSize=50&Page=0";
        return Json(200, JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["messages"] = entries,
            ["uri"] = path,
            ["first_page_uri"] = path,
            ["next_page_uri"] = null,
            ["previous_page_uri"] = null,
            ["page"] = 0,
            ["page_size"] = 50,
            ["start"] = 0,
            ["end"] = Math.Max(entries.Count - 1, 0),
        }));
    }

    private static string? Query(IRequestMessage request, string name) =>
        request.Query?.TryGetValue(name, out var values) == true ? values.ToString() : null;

    private static string TwilioDate(DateTime at) =>
        at.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    private static ResponseMessage Json(int status, string json) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { BodyAsString = json, DetectedBodyType = BodyType.String },
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
