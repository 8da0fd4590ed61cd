using System.Text.Json.Serialization;

namespace SoukPlay.Bot.Translation;

/// <summary>The JSON shapes of Azure AI Translator REST v3 (translate, detect, errors).</summary>
internal static class AzureWire
{
    public sealed record TextItem([property: JsonPropertyName("Text")] string Text);

    public sealed record TranslateItem(
        [property: JsonPropertyName("translations")] IReadOnlyList<Translation> Translations);

    public sealed record Translation(
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("to")] string To);

    public sealed record DetectItem(
        [property: JsonPropertyName("language")] string Language,
        [property: JsonPropertyName("score")] double Score);

    public sealed record ErrorBody([property: JsonPropertyName("error")] Error? Error);

    public sealed record Error(
        [property: JsonPropertyName("code")] int Code,
        [property: JsonPropertyName("message")] string? Message);
}
