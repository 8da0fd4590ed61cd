namespace SoukPlay.Bot.Translation;

public static class TranslationProviders
{
    public const string Glossary = "glossary";

    public const string Azure = "azure";

    public const string Llm = "llm";

    public static IReadOnlyList<string> All { get; } = [Glossary, Azure, Llm];
}
