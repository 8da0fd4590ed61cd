using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>What a validator sees.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(
        TurnContext context,
        PromptRecognition<T> recognized,
        PromptOptions options,
        int attempt)
    {
        Context = context;
        Recognized = recognized;
        Options = options;
        Attempt = attempt;
    }

    public TurnContext Context { get; }

    public PromptRecognition<T> Recognized { get; }

    public PromptOptions Options { get; }

    /// <summary>1 for the first reply to this prompt, 2 for the second, and so on.</summary>
    public int Attempt { get; }

    /// <summary>What to say instead of the prompt's retry text when the value is refused.</summary>
    public LocalizedText? RetryText { get; set; }
}
