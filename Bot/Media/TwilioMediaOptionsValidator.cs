using Microsoft.Extensions.Options;

namespace SoukPlay.Bot.Media;

/// <summary>Checks the media settings at start; plain http is refused in Production.</summary>
internal sealed class TwilioMediaOptionsValidator(IHostEnvironment? environment = null)
    : IValidateOptions<TwilioMediaOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioMediaOptions options)
    {
        var failures = new List<string>();
        if (options.AllowHttp && environment?.IsProduction() == true)
        {
            failures.Add("Twilio:Media:AllowHttp must be false in Production: media is fetched over https only.");
        }

        if (options.MaxBytes <= 0)
        {
            failures.Add("Twilio:Media:MaxBytes must be positive.");
        }

        if (options.MaxAttempts < 1 || options.MaxRedirects < 0)
        {
            failures.Add("Twilio:Media:MaxAttempts must be at least 1 and MaxRedirects not negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
