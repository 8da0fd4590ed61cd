using System.Globalization;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Outbox;

namespace SoukPlay.Bot.Twilio;

/// <summary>
/// <c>POST /twilio/status</c>: Twilio's status callbacks for the messages we sent. Checked like
/// the messaging webhook (signature, then account); the <see cref="StatusRecorder"/> records the
/// reported status on the outbox message with that SID, never moving it backwards, and opts the
/// recipient out on error 21610. A callback that arrives before the sender recorded the SID
/// (Twilio can be that fast) is kept and applied when the SID is recorded; it is answered 200.
/// </summary>
/// <remarks>
/// Known shortcoming: a 63016 reported here (WhatsApp outside the 24-hour window, found after acceptance)
/// is recorded as a failure; only a 63016 refusal at send time falls back to a template or SMS.
/// </remarks>
public static class TwilioStatusEndpoint
{
    public const string Path = "/twilio/status";

    public static IEndpointRouteBuilder MapTwilioStatus(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptions<TwilioOptions> options,
        StatusRecorder statuses,
        ILogger<TwilioForm> logger)
    {
        var (form, refusal) = await TwilioWebhookRequest.ReadAsync(context, options.Value, logger);
        if (form is null)
        {
            return refusal!;
        }

        if (!TryParse(form, out var report, out var error))
        {
            return TwilioWebhookRequest.BadRequest(logger, error!);
        }

        await statuses.RecordAsync(report!, context.RequestAborted);
        return Results.Ok();
    }

    private static bool TryParse(TwilioForm form, out StatusReport? report, out string? error)
    {
        report = null;
        var sid = form["MessageSid"] ?? form["SmsSid"];
        var status = form["MessageStatus"] ?? form["SmsStatus"];
        error = string.IsNullOrWhiteSpace(sid) ? "The field MessageSid is missing."
            : string.IsNullOrWhiteSpace(status) ? "The field MessageStatus is missing."
            : !TwilioStatuses.IsKnown(status) ? $"MessageStatus '{status}' is not a Twilio message status."
            : null;
        if (error is not null)
        {
            return false;
        }

        int? code = null;
        var codeText = form["ErrorCode"];
        if (!string.IsNullOrEmpty(codeText))
        {
            if (!int.TryParse(codeText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                error = "ErrorCode must be a whole number.";
                return false;
            }

            code = parsed;
        }

        report = new StatusReport(sid!, TwilioStatuses.ToOutboxStatus(status), code);
        return true;
    }

}
