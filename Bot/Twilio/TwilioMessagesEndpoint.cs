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
        var (form, refusal) = await TwilioWebhookRequest.ReadAsync(context, options.Value, logger);
        if (form is null)
        {
            return refusal!;
        }

        if (!TwilioInboundParser.TryParse(form, time.GetUtcNow(), out var activity, out var error))
        {
            return TwilioWebhookRequest.BadRequest(logger, error!);
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
}
