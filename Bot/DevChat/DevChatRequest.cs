using System.Text.Json;
using SoukPlay.Bot.Twilio;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.DevChat;

/// <summary>
/// Reads and checks one message typed on the local chat page. Every refusal is a 400 with a
/// problem-details body that names the field and says what it must be; nothing is stored then.
/// </summary>
internal static class DevChatRequest
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The activity for the posted message, or the 400 to answer. <paramref name="senderNumbers"/>
    /// are the numbers a message may be sent to (ours).
    /// </summary>
    public static async Task<(Activity? Activity, IResult? Refusal)> ReadAsync(
        HttpRequest request,
        IReadOnlyCollection<string> senderNumbers,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        DevChatMessage? message;
        try
        {
            message = await JsonSerializer.DeserializeAsync<DevChatMessage>(request.Body, Json, cancellationToken);
        }
        catch (JsonException exception)
        {
            return (null, Malformed($"The body is not valid JSON: {exception.Message}"));
        }

        if (message is null)
        {
            return (null, Malformed("The body must be a JSON object."));
        }

        var errors = Check(message, senderNumbers);
        return errors.Count > 0
            ? (null, Results.ValidationProblem(errors, title: "The message was not accepted."))
            : (ToActivity(message, now), null);
    }

    private static IResult Malformed(string detail) =>
        Results.Problem(
            detail,
            statusCode: StatusCodes.Status400BadRequest,
            title: "The body is not a chat message.");

    private static Dictionary<string, string[]> Check(
        DevChatMessage message,
        IReadOnlyCollection<string> senderNumbers)
    {
        var errors = new Dictionary<string, string[]>();
        if (ParseChannel(message.Channel) is null)
        {
            errors["channel"] = ["channel must be \"sms\" or \"whatsapp\"."];
        }

        if (!PhoneAddress.IsE164(message.From))
        {
            errors["from"] = ["from must be a phone number in E.164 form, such as +212612345678."];
        }

        if (message.To is null || !senderNumbers.Contains(message.To))
        {
            var ours = senderNumbers.Count > 0
                ? string.Join(", ", senderNumbers)
                : "none is configured (set Twilio:PlatformNumber)";
            errors["to"] = [$"to must be one of our numbers: {ours}."];
        }

        var media = message.MediaUrl;
        if (!string.IsNullOrWhiteSpace(media) && !Uri.TryCreate(media, UriKind.Absolute, out _))
        {
            errors["mediaUrl"] = ["mediaUrl must be an absolute URL."];
        }

        return errors;
    }

    private static Channel? ParseChannel(string? channel) =>
        channel?.Trim().ToLowerInvariant() switch
        {
            "sms" => Channel.Sms,
            "whatsapp" => Channel.WhatsApp,
            _ => null,
        };

    private static Activity ToActivity(DevChatMessage message, DateTimeOffset now)
    {
        List<MediaAttachment> media = string.IsNullOrWhiteSpace(message.MediaUrl)
            ? []
            : [new MediaAttachment(message.MediaUrl, message.MediaContentType ?? "image/jpeg")];
        return new Activity
        {
            MessageId = "DEV" + Guid.NewGuid().ToString("N"),
            From = message.From!,
            To = message.To!,
            Channel = ParseChannel(message.Channel)!.Value,
            Text = message.Text ?? "",
            Media = media,
            ReceivedAt = now,
        };
    }
}
