using System.Buffers;
using Microsoft.Extensions.Options;

namespace SoukPlay.Bot.Twilio;

/// <summary>
/// Stops the start when Twilio settings are present but wrong, naming each wrong setting. No
/// settings at all is local mode and valid.
/// </summary>
internal sealed class TwilioOptionsValidator(IHostEnvironment environment) : IValidateOptions<TwilioOptions>
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public ValidateOptionsResult Validate(string? name, TwilioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        CheckCredentials(options, failures);
        CheckAddresses(options, failures);
        CheckNumbers(options, failures);

        if (!options.ValidateSignatures && !environment.IsDevelopment())
        {
            failures.Add("Twilio:ValidateSignatures may be false only in the Development environment.");
        }

        if (options.InlineReplyBudget <= TimeSpan.Zero || options.InlineReplyBudget > TimeSpan.FromSeconds(10))
        {
            failures.Add("Twilio:InlineReplyBudget must be more than 0 and at most 00:00:10.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Twilio:RequestTimeout must be more than 0.");
        }

        CheckTemplates(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckTemplates(TwilioOptions options, List<string> failures)
    {
        foreach (var (kind, contentSid) in options.Templates)
        {
            if (contentSid is not { Length: 34 } || !contentSid.StartsWith("HX", StringComparison.Ordinal))
            {
                failures.Add($"Twilio:Templates:{kind} must be a Content SID: 'HX' followed by 32 characters.");
            }
        }
    }

    private static void CheckCredentials(TwilioOptions options, List<string> failures)
    {
        if (!IsAccountSid(options.AccountSid))
        {
            failures.Add("Twilio:AccountSid must be 'AC' followed by 32 hexadecimal digits.");
        }

        if (string.IsNullOrWhiteSpace(options.AuthToken))
        {
            failures.Add("Twilio:AuthToken is required when Twilio is configured.");
        }
    }

    private static void CheckAddresses(TwilioOptions options, List<string> failures)
    {
        if (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var publicBase) || !IsHttp(publicBase))
        {
            failures.Add("Twilio:PublicBaseUrl must be an absolute http or https URL (the address Twilio calls).");
        }

        if (options.ApiBaseUrl is null || !options.ApiBaseUrl.IsAbsoluteUri || !IsHttp(options.ApiBaseUrl))
        {
            failures.Add("Twilio:ApiBaseUrl must be an absolute http or https URL.");
        }
    }

    private static void CheckNumbers(TwilioOptions options, List<string> failures)
    {
        if (options.PlatformNumber is not null && !PhoneAddress.IsE164(options.PlatformNumber))
        {
            failures.Add("Twilio:PlatformNumber must be a number in E.164 form, such as +212500000000.");
        }

        for (var i = 0; i < options.Numbers.Count; i++)
        {
            var number = options.Numbers[i];
            if (!PhoneAddress.IsE164(number.Number))
            {
                failures.Add($"Twilio:Numbers:{i}:Number must be a number in E.164 form.");
            }

            if (!string.IsNullOrWhiteSpace(number.Shop) && !string.IsNullOrWhiteSpace(number.Cooperative))
            {
                failures.Add($"Twilio:Numbers:{i} may name a Shop or a Cooperative, not both.");
            }
        }
    }

    private static bool IsAccountSid(string? sid) =>
        sid is { Length: 34 }
        && sid.StartsWith("AC", StringComparison.Ordinal)
        && sid.AsSpan(2).ContainsAnyExcept(HexDigits) is false;

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp;
}
