namespace SoukPlay.Bot.Tests.Support;

/// <summary>Builds inbound-message webhooks as Twilio sends them.</summary>
public static class TwilioRequests
{
    public const string ArtisanWhatsApp = "whatsapp:+212612345678";
    public const string BuyerSms = "+33612345678";
    public const string ShopNumber = "+212522000111";

    public static Dictionary<string, string> WhatsAppText(string messageSid, string body) => new()
    {
        ["MessageSid"] = messageSid,
        ["SmsMessageSid"] = messageSid,
        ["AccountSid"] = BotHost.AccountSid,
        ["MessagingServiceSid"] = "",
        ["From"] = ArtisanWhatsApp,
        ["To"] = "whatsapp:" + ShopNumber,
        ["Body"] = body,
        ["NumMedia"] = "0",
        ["NumSegments"] = "1",
        ["ProfileName"] = "Fatima",
        ["WaId"] = "212612345678",
        ["SmsStatus"] = "received",
        ["ApiVersion"] = "2010-04-01",
    };

    public static Dictionary<string, string> SmsText(string messageSid, string body) => new()
    {
        ["MessageSid"] = messageSid,
        ["AccountSid"] = BotHost.AccountSid,
        ["From"] = BuyerSms,
        ["To"] = ShopNumber,
        ["Body"] = body,
        ["NumMedia"] = "0",
        ["FromCountry"] = "FR",
        ["ApiVersion"] = "2010-04-01",
    };

    /// <summary>A POST to <paramref name="path"/>, signed for <see cref="BotHost.PublicBaseUrl"/> unless told otherwise.</summary>
    public static HttpRequestMessage Post(
        IDictionary<string, string> form,
        string path = "/twilio/messages",
        string? signature = null,
        bool sign = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(form),
        };
        if (sign)
        {
            request.Headers.Add(
                "X-Twilio-Signature",
                signature ?? TwilioSignature.Compute(BotHost.AuthToken, BotHost.PublicBaseUrl + path, form));
        }

        return request;
    }
}
