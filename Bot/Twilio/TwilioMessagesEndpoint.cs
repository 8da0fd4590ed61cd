using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Turns;
using Twilio.Security;

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

        var refusal = CheckOrigin(context, twilio, form, logger);
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

    /// <summary>Null when the request is Twilio's for our account; otherwise the reason to refuse it.</summary>
    internal static string? CheckOrigin(HttpContext context, TwilioOptions twilio, TwilioForm form, ILogger logger)
    {
        if (twilio.ValidateSignatures)
        {
            var signature = context.Request.Headers["X-Twilio-Signature"].ToString();
            if (signature.Length == 0)
            {
                return "no X-Twilio-Signature header";
            }

            var url = twilio.PublicBase + RawTarget(context);
            var fields = form.Fields.ToDictionary(field => field.Key, field => field.Value);
            if (!new RequestValidator(twilio.AuthToken).Validate(url, fields, signature))
            {
                return "the X-Twilio-Signature does not match";
            }
        }
        else
        {
            Log.SignaturesOff(logger);
        }

        return string.Equals(form["AccountSid"], twilio.AccountSid, StringComparison.Ordinal)
            ? null
            : "the AccountSid is not this host's account";
    }

    /// <summary>The path and query string exactly as the client sent them.</summary>
    private static string RawTarget(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (!string.IsNullOrEmpty(raw) && raw.StartsWith('/'))
        {
            return raw;
        }

        var request = context.Request;
        return request.PathBase.ToUriComponent() + request.Path.ToUriComponent() + request.QueryString.ToUriComponent();
    }

    private static IResult BadRequest(ILogger logger, string reason)
    {
        Log.RequestMalformed(logger, reason);
        return Results.Text(reason, statusCode: StatusCodes.Status400BadRequest);
    }
}
