using System.Globalization;
using SoukPlay.Bot.Tests.Support;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>
/// A person's phone writing to the bot through Twilio: each message becomes the inbound webhook
/// Twilio would send (its real form fields, signed with the account's auth token), and the TwiML
/// answer is read back as the person's replies.
/// </summary>
public sealed class Phone(string address, string botNumber, string? profileName = null)
{
    /// <summary>A media address shaped like the ones Twilio gives for an inbound photo.</summary>
    public static string TwilioMediaUrl(string mediaSid) =>
        $"https://api.twilio.com/2010-04-01/Accounts/{BotHost.AccountSid}/Messages/"
        + $"MM{mediaSid}/Media/ME{mediaSid}";

    /// <summary>The address as Twilio writes it: <c>whatsapp:+212...</c> or <c>+33...</c>.</summary>
    public string Address { get; } = address;

    /// <summary>The number in E.164, without a channel prefix.</summary>
    public string Number => Address.Replace("whatsapp:", "", StringComparison.Ordinal);

    public bool IsWhatsApp => Address.StartsWith("whatsapp:", StringComparison.Ordinal);

    /// <summary>The bot's number this phone writes to (E.164).</summary>
    public string BotNumber { get; set; } = botNumber;

    /// <summary>The form of a message, as Twilio would post it.</summary>
    public Dictionary<string, string> Form(string body, string? photoUrl = null, string? messageSid = null)
    {
        var sid = messageSid ?? NewMessageSid();
        var form = new Dictionary<string, string>
        {
            ["ToCountry"] = "MA",
            ["SmsMessageSid"] = sid,
            ["NumMedia"] = photoUrl is null ? "0" : "1",
            ["SmsSid"] = sid,
            ["SmsStatus"] = "received",
            ["Body"] = body,
            ["To"] = IsWhatsApp ? "whatsapp:" + BotNumber : BotNumber,
            ["NumSegments"] = "1",
            ["MessageSid"] = sid,
            ["AccountSid"] = BotHost.AccountSid,
            ["From"] = Address,
            ["ApiVersion"] = "2010-04-01",
        };
        if (photoUrl is not null)
        {
            form["MediaUrl0"] = photoUrl;
            form["MediaContentType0"] = "image/jpeg";
        }

        if (IsWhatsApp)
        {
            form["ProfileName"] = profileName ?? "";
            form["WaId"] = Number.TrimStart('+');
            form["MessageType"] = photoUrl is null ? "text" : "image";
            form["ReferralNumMedia"] = "0";
        }
        else
        {
            form["FromCountry"] = Number.StartsWith("+33", StringComparison.Ordinal) ? "FR" : "MA";
        }

        return form;
    }

    /// <summary>Posts the message, signed, and returns the TwiML answer's messages.</summary>
    public async Task<IReadOnlyList<TwimlReply>> SendAsync(HttpClient client, string body, string? photoUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);

        using var response = await client.SendAsync(TwilioRequests.Post(Form(body, photoUrl)));
        return await ReadRepliesAsync(response);
    }

    /// <summary>Checks the answer is TwiML and returns its messages.</summary>
    public static async Task<IReadOnlyList<TwimlReply>> ReadRepliesAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);

        var messages = await TwimlAssert.MessagesAsync(response);
        messages.Where(m => m.Name.LocalName != "Message").Should().BeEmpty("a messaging answer holds only <Message>");
        return messages
            .Select(m => new TwimlReply(
                string.Concat(m.Nodes().OfType<System.Xml.Linq.XText>().Select(t => t.Value))
                    + string.Concat(m.Elements("Body").Select(b => b.Value)),
                m.Elements("Media").Select(e => e.Value).ToList()))
            .ToList();
    }

    public static string NewMessageSid() =>
        "SM" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
}
