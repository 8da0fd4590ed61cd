namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>Bound from the <c>Translation</c> section.</summary>
public sealed class CachingTranslatorOptions
{
    /// <summary>
    /// Characters sent to the provider per UTC day before falling back to the glossary; keeps the
    /// bill under the provider's quota (Azure's free tier is two million characters a month).
    /// </summary>
    public int DailyCharacterBudget { get; set; } = 60_000;
}
