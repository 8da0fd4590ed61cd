using Microsoft.Extensions.Options;
using SoukPlay.Bot.Turns;

namespace SoukPlay.Bot.Twilio;

/// <summary>
/// <c>POST /twilio/messages</c>: Twilio's inbound-message webhook. Checks the signature and the
/// account before reading anything, then hands the message to the <see cref="TurnGateway"/> and
/// answers TwiML.
/// </summary>
public static class TwilioMessagesEndpoint
{
    public const string Path = "/twilio/messages";

    public static IEndpointRouteBuilder MapTwilioMessages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext context,
        IOptions<TwilioOptions> options,
        TurnGateway gateway,
        TimeProvider time,
        ILogger<TwilioForm> logger)
    {
        var twilio = options.Value;
        if (!twilio.IsConfigured)
        {
            return Results.Text("Twilio is not configured.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var (form, error) = await TwilioForm.ReadAsync(context.Request);
        if (form is null)
        {
            return BadRequest(logger, error!);
        }

        var refusal = TwilioRequestOrigin.Check(context, twilio, form, logger);
        if (refusal is not null)
        {
            Log.RequestRefused(logger, refusal);
            return Results.Text("Forbidden.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (!TwilioInboundParser.TryParse(form, time.GetUtcNow(), out var activity, out error))
        {
            return BadRequest(logger, error!);
        }

        Log.MessageReceived(
            logger,
            activity!.MessageId,
            PhoneAddress.Mask(activity.From),
            activity.Channel,
            PhoneAddress.Mask(activity.To));

        var result = await gateway.HandleAsync(activity, context.RequestAborted);
        return result.Outcome switch
        {
            InboundOutcome.Answered => Twiml.Replies(result.InlineReplies),
            InboundOutcome.Failed => Twiml.ApologyResult(),
            _ => Twiml.Empty(),
        };
    }

    private static IResult BadRequest(ILogger logger, string reason)
    {
        Log.RequestMalformed(logger, reason);
        return Results.Text(reason, statusCode: StatusCodes.Status400BadRequest);
    }
}
