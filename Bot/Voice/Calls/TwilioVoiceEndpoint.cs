using System.Globalization;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Twilio;
using Twilio.TwiML;

namespace SoukPlay.Bot.Voice.Calls;

/// <summary>
/// <c>POST /twilio/voice</c> and its Gather callbacks <c>/twilio/voice/{step}</c>: Twilio Voice
/// webhooks, signature-checked like <c>/twilio/messages</c>, answered with TwiML by
/// <see cref="CallFlow"/>. Whatever goes wrong, the caller hears a spoken apology, never an error page.
/// </summary>
public static class TwilioVoiceEndpoint
{
    public const string Path = "/twilio/voice";

    public static IEndpointRouteBuilder MapTwilioVoice(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);

        endpoints.MapPost(Path, (Func<HttpContext, Task<IResult>>)(context => HandleAsync(context, CallStep.Start)))
            .DisableAntiforgery();
        endpoints.MapPost(Path + "/{step}", (HttpContext context, string step) => HandleAsync(context, step))
            .DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, string step)
    {
        var services = context.RequestServices;
        var twilio = services.GetRequiredService<IOptions<TwilioOptions>>().Value;
        var flow = services.GetRequiredService<CallFlow>();
        var logger = services.GetRequiredService<ILogger<CallFlow>>();
        if (!twilio.IsConfigured)
        {
            return Results.Text("Twilio is not configured.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var (form, error) = await TwilioForm.ReadAsync(context.Request);
        if (form is null)
        {
            Log.CallRefused(logger, error!);
            return Results.Text(error!, statusCode: StatusCodes.Status400BadRequest);
        }

        var refusal = TwilioRequestOrigin.Check(context, twilio, form, logger);
        if (refusal is not null)
        {
            Log.CallRefused(logger, refusal);
            return Results.Text("Forbidden.", statusCode: StatusCodes.Status403Forbidden);
        }

        var request = Read(form, context.Request.Query, step);
        if (request is null)
        {
            return Xml(flow.Apology());
        }

        var caller = PhoneAddress.Mask(request.From);
        Log.CallStep(logger, request.CallSid, request.Step, caller);
        try
        {
            return Xml(await flow.AnswerAsync(request, context.RequestAborted));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A call must never end in an error page: whatever failed, the caller hears an apology.
            Log.CallFailed(logger, request.CallSid, request.Step, exception);
            return Xml(flow.Apology());
        }
    }

    private static CallRequest? Read(TwilioForm form, IQueryCollection query, string step)
    {
        var callSid = form["CallSid"];
        var from = PhoneAddress.TryParse(form["From"], out var caller) ? caller.Value.Number : null;
        var to = PhoneAddress.TryParse(form["To"], out var called) ? called.Value.Number : "";
        if (string.IsNullOrEmpty(callSid) || from is null || !CallStep.IsKnown(step))
        {
            return null;
        }

        return new CallRequest
        {
            CallSid = callSid,
            From = from,
            To = to,
            Step = step,
            Digits = form["Digits"],
            Speech = form["SpeechResult"],
            NegotiationId = query["n"].ToString() is { Length: > 0 } id ? id : null,
            BallotId = query["b"].ToString() is { Length: > 0 } ballot ? ballot : null,
            Amount = decimal.TryParse(query["a"], NumberStyles.Number, CultureInfo.InvariantCulture, out var a)
                ? a
                : null,
            Attempt = int.TryParse(query["t"], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : 0,
        };
    }

    private static IResult Xml(VoiceResponse response) =>
        Results.Content(response.ToString(), Twiml.ContentType);
}
