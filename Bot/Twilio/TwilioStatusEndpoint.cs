using System.Globalization;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Outbox;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Twilio;

/// <summary>
/// <c>POST /twilio/status</c>: Twilio's status callbacks for the messages we sent. Checked like
/// the messaging webhook (signature, then account); records the reported status on the outbox
/// message with that SID, never moving it backwards (<see cref="StatusProgress"/>). An unknown
/// SID is answered 200 and changes nothing; error 21610 also opts the recipient out.
/// </summary>
/// <remarks>
/// Known shortcoming: a callback that arrives before the sender recorded the SID (Twilio can be
/// that fast) finds no message and is dropped; the next callback for the message records the
/// status. A 63016 reported here (WhatsApp outside the 24-hour window, found after acceptance)
/// is recorded as a failure; only a 63016 refusal at send time falls back to a template or SMS.
/// </remarks>
public static class TwilioStatusEndpoint
{
    public const string Path = "/twilio/status";

    private const int MaxTries = 3;

    public static IEndpointRouteBuilder MapTwilioStatus(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptions<TwilioOptions> options,
        IOutboxStore outbox,
        OptOutRecorder optOuts,
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

        await RecordAsync(outbox, optOuts, report!, logger, context.RequestAborted);
        return Results.Ok();
    }

    private static async Task RecordAsync(
        IOutboxStore outbox,
        OptOutRecorder optOuts,
        StatusReport report,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var message = await outbox.FindByProviderSidAsync(report.MessageSid, cancellationToken);
        if (message is null)
        {
            Log.StatusForUnknownMessage(logger, report.MessageSid);
            return;
        }

        if (report.Status is { } status)
        {
            await ApplyAsync(outbox, message.Id, status, report.ErrorCode, logger, cancellationToken);
        }

        if (report.ErrorCode == TwilioErrorCodes.Unsubscribed)
        {
            await optOuts.OptOutAsync(message.ToPersonId, cancellationToken);
        }
    }

    private static async Task ApplyAsync(
        IOutboxStore outbox,
        string id,
        OutboxStatus reported,
        int? errorCode,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxTries; attempt++)
        {
            var current = await outbox.GetAsync(id, cancellationToken);
            if (current is null)
            {
                return;
            }

            var next = StatusProgress.Next(current.Status, reported);
            var error = errorCode is { } code ? $"Twilio error {code} ({reported})" : current.LastError;
            if (next == current.Status && error == current.LastError)
            {
                Log.StatusKept(logger, id, current.Status, reported);
                return;
            }

            current.Status = next;
            current.LastError = error;
            if (await outbox.TryUpdateAsync(current, cancellationToken))
            {
                Log.StatusRecorded(logger, id, next, reported);
                return;
            }
        }
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

    private sealed record StatusReport(string MessageSid, OutboxStatus? Status, int? ErrorCode);
}
