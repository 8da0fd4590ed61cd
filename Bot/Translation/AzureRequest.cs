using SoukPlay.Dialogs.Language.Translation;

namespace SoukPlay.Bot.Translation;

/// <summary>One request's texts with our language codes and Azure's, and how to read its answer.</summary>
internal sealed record AzureRequest(
    IReadOnlyList<string> Texts,
    string From,
    string To,
    string AzureFrom,
    string AzureTo)
{
    private TranslationOutcome Outcome =>
        AzureLanguages.IsApproximated(From) || AzureLanguages.IsApproximated(To)
            ? TranslationOutcome.ReducedQuality
            : TranslationOutcome.Translated;

    public IReadOnlyList<TranslationResult> Failed(string reason) =>
        [.. Texts.Select(t => TranslationResult.Failed(t, From, To, AzureTranslator.ProviderName, reason))];

    /// <summary>Azure answers one item per text, in order, each with one translation per target.</summary>
    public IReadOnlyList<TranslationResult> Translated(IReadOnlyList<AzureWire.TranslateItem>? items)
    {
        if (items is null || items.Count != Texts.Count || items.Any(i => i.Translations is not { Count: > 0 }))
        {
            return Failed("bad-response");
        }

        return [.. items.Select(i => TranslationResult.Translated(
            i.Translations[0].Text, From, To, AzureTranslator.ProviderName) with { Outcome = Outcome })];
    }
}
