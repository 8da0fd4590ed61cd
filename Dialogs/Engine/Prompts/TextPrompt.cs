using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>Asks for a free text; anything but an empty message is an answer (trimmed).</summary>
public sealed class TextPrompt : Prompt<string>
{
    public TextPrompt(string id, PromptValidator<string>? validator = null)
        : base(id, validator)
    {
    }

    protected override PromptRecognition<string> Recognize(TurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);

        var text = context.Activity.Text.Trim();
        return text.Length == 0
            ? new PromptRecognition<string>(false, default)
            : new PromptRecognition<string>(true, text);
    }
}
