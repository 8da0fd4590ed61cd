using Microsoft.Extensions.Options;

namespace SoukPlay.Bot.Translation;

/// <summary>Fails the start with the setting's name when the chosen provider lacks one.</summary>
internal sealed class TranslatorOptionsValidator :
    IValidateOptions<TranslationOptions>,
    IValidateOptions<AzureTranslatorOptions>,
    IValidateOptions<LlmTranslatorOptions>
{
    public ValidateOptionsResult Validate(string? name, TranslationOptions options) =>
        TranslationProviders.All.Contains(options.Provider)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Translation:Provider must be one of {string.Join(", ", TranslationProviders.All)}; "
                + $"it is '{options.Provider}'.");

    public ValidateOptionsResult Validate(string? name, AzureTranslatorOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Key))
        {
            failures.Add("Translation:Azure:Key is required when Translation:Provider is azure.");
        }

        if (string.IsNullOrWhiteSpace(options.Region))
        {
            failures.Add("Translation:Azure:Region is required when Translation:Provider is azure.");
        }

        if (options.Endpoint is not { IsAbsoluteUri: true })
        {
            failures.Add("Translation:Azure:Endpoint must be an absolute URL.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add("Translation:Azure:Timeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public ValidateOptionsResult Validate(string? name, LlmTranslatorOptions options)
    {
        var failures = new List<string>();
        if (options.Endpoint is not { IsAbsoluteUri: true })
        {
            failures.Add("Translation:Llm:Endpoint must be an absolute URL when Translation:Provider is llm.");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add("Translation:Llm:Model is required when Translation:Provider is llm.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
