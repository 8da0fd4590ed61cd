namespace SoukPlay.Bot.Translation;

/// <summary>The <c>Translation</c> section: which provider translates between people.</summary>
public sealed class TranslationOptions
{
    public const string SectionName = "Translation";

    /// <summary>glossary (default, no network), azure, or llm.</summary>
    public string Provider { get; set; } = TranslationProviders.Glossary;
}
