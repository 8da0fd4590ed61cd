namespace SoukPlay.Bot.Twilio;

/// <summary>
/// The steps every Twilio messaging webhook takes before its own work: 503 in local mode, the form
/// read as received (400 with the reason when malformed), then the origin check (403).
/// </summary>
internal static class TwilioWebhookRequest
{
    /// <summary>The form when the request may go on; otherwise the answer to give.</summary>
    public static async Task<(TwilioForm? Form, IResult? Refusal)> ReadAsync(
        HttpContext context,
        TwilioOptions twilio,
        ILogger logger)
    {
        if (!twilio.IsConfigured)
        {
            return (null, Results.Text("Twilio is not configured.", statusCode: StatusCodes.Status503ServiceUnavailable));
        }

        var (form, error) = await TwilioForm.ReadAsync(context.Request);
        if (form is null)
        {
            return (null, BadRequest(logger, error!));
        }

        var refusal = TwilioRequestOrigin.Check(context, twilio, form, logger);
        if (refusal is not null)
        {
            Log.RequestRefused(logger, refusal);
            return (null, Results.Text("Forbidden.", statusCode: StatusCodes.Status403Forbidden));
        }

        return (form, null);
    }

    public static IResult BadRequest(ILogger logger, string reason)
    {
        Log.RequestMalformed(logger, reason);
        return Results.Text(reason, statusCode: StatusCodes.Status400BadRequest);
    }
}
