using SoukPlay.Bot.Tests.Delivery;
using SoukPlay.Bot.Tests.Support;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Community;

/// <summary>People writing to the bot's number through the signed Twilio webhook, as Twilio posts them.</summary>
public sealed class CommunityChat
{
    private readonly HttpClient _client;
    private int _sids;

    public CommunityChat(HttpClient client)
    {
        _client = client;
    }

    /// <summary>Posts one inbound message and returns the texts of the TwiML answer.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(string phone, string text, Channel channel = Channel.WhatsApp)
    {
        var sid = $"SM{Interlocked.Increment(ref _sids):D32}";
        var prefix = channel == Channel.WhatsApp ? "whatsapp:" : "";
        var form = new Dictionary<string, string>
        {
            ["MessageSid"] = sid,
            ["SmsMessageSid"] = sid,
            ["AccountSid"] = BotHost.AccountSid,
            ["From"] = prefix + phone,
            ["To"] = prefix + DeliveryHost.ShopNumber,
            ["Body"] = text,
            ["NumMedia"] = "0",
            ["NumSegments"] = "1",
            ["ApiVersion"] = "2010-04-01",
        };
        var response = await _client.SendAsync(TwilioRequests.Post(form));
        response.EnsureSuccessStatusCode();
        return [.. (await TwimlAssert.MessagesAsync(response)).Select(message => message.Value)];
    }

    /// <summary>Posts a signed status callback for a message Twilio accepted.</summary>
    public async Task ReportStatusAsync(OutboxMessage message, string status)
    {
        var prefix = message.Channel == Channel.WhatsApp ? "whatsapp:" : "";
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = BotHost.AccountSid,
            ["MessageSid"] = message.ProviderSid!,
            ["SmsSid"] = message.ProviderSid!,
            ["MessageStatus"] = status,
            ["SmsStatus"] = status,
            ["To"] = prefix + message.ToPersonId,
            ["From"] = prefix + message.FromNumber,
            ["ApiVersion"] = "2010-04-01",
        };
        var response = await _client.SendAsync(TwilioRequests.Post(form, "/twilio/status"));
        response.EnsureSuccessStatusCode();
    }
}
