using Microsoft.AspNetCore.Http.Features;
using Twilio.Security;

namespace SoukPlay.Bot.Twilio;

/// <summary>
/// Checks that a webhook request comes from Twilio for our account: the X-Twilio-Signature over
/// the public URL and the form fields, then the AccountSid. Every Twilio webhook goes through it.
/// </summary>
internal static class TwilioRequestOrigin
{
    /// <summary>Null when the request is Twilio's for our account; otherwise the reason to refuse it.</summary>
    public static string? Check(HttpContext context, TwilioOptions twilio, TwilioForm form, ILogger logger)
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
}
