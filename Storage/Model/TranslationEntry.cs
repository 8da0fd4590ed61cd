namespace SoukPlay.Storage.Model;

/// <summary>A cached machine translation, keyed by a hash of text, source and target language.</summary>
public sealed class TranslationEntry : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string SourceLanguage { get; set; } = "";

    public string TargetLanguage { get; set; } = "";

    public string Text { get; set; } = "";

    public string Translation { get; set; } = "";

    /// <summary>Which provider produced it (azure, llm, glossary).</summary>
    public string Provider { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
