using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>
/// Asks to pick one of <see cref="PromptOptions.Choices"/> from a numbered keycap menu; the
/// answer is a <see cref="FoundChoice"/>. See <see cref="ChoiceRecognizer"/> for what counts.
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null)
        : base(id, validator)
    {
    }

    protected override PromptRecognition<FoundChoice> Recognize(TurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        var found = ChoiceRecognizer.Recognize(
            context.Answer, options.Choices, context.Catalog, context.Language);
        return found is null
            ? new PromptRecognition<FoundChoice>(false, default)
            : new PromptRecognition<FoundChoice>(true, found);
    }

    protected override void Ask(TurnContext context, LocalizedText text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        var menu = ChoiceMenu.Render(context.Catalog, context.Language, context.Render(text), options.Choices);
        context.ReplyText(menu, options.MediaUrls);
    }
}
