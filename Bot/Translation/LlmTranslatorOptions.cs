namespace SoukPlay.Bot.Translation;

/// <summary>The <c>Translation:Llm</c> section: any OpenAI-compatible chat endpoint.</summary>
public sealed class LlmTranslatorOptions
{
    public const string SectionName = "Translation:Llm";

    /// <summary>The API base, e.g. http://localhost:11434/v1 for a local Ollama.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model name, e.g. qwen2.5:7b or gpt-4o-mini.</summary>
    public string Model { get; set; } = "";

    /// <summary>Optional: local servers such as Ollama need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>All attempts together; a model is slower than a translator, but the webhook still waits.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(8);

    public int MaxRetries { get; set; } = 1;
}
