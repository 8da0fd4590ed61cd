using SoukPlay.Dialogs.Localization;

namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>
/// What a prompt says. Saved in the prompt's state (JSON), so it can ask again on a later turn
/// or after a restart.
/// </summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public required LocalizedText Prompt { get; init; }

    /// <summary>Said after the first reply the prompt cannot use: the question in simpler words.</summary>
    public LocalizedText? Retry { get; init; }

    /// <summary>Said after the second unusable reply, before the question again.</summary>
    public LocalizedText? Help { get; init; }

    /// <summary>The menu of a choice prompt, in display order.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>Media sent with the question (a product photo, for example).</summary>
    public IReadOnlyList<string> MediaUrls { get; init; } = [];
}
