using SoukPlay.Bot.Tests.Support;

namespace SoukPlay.Bot.Tests.Calls;

/// <summary>The form Twilio Voice posts for a call step, with the caller's keys or words.</summary>
internal static class CallForms
{
    public static Dictionary<string, string> Step(
        string callSid,
        string from,
        string? digits = null,
        string? speech = null)
    {
        var form = new Dictionary<string, string>
        {
            ["CallSid"] = callSid,
            ["AccountSid"] = BotHost.AccountSid,
            ["From"] = from,
            ["To"] = MarketHost.ShopNumber,
            ["CallStatus"] = "in-progress",
            ["Direction"] = "inbound",
            ["ApiVersion"] = "2010-04-01",
        };
        if (digits is not null)
        {
            form["Digits"] = digits;
        }

        if (speech is not null)
        {
            form["SpeechResult"] = speech;
            form["Confidence"] = "0.9";
        }

        return form;
    }
}
