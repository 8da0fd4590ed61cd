using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>
/// Asks a yes/no question as a two-option menu (1️⃣ ✅ yes, 2️⃣ ❌ no); the answer is a bool.
/// Yes and no words come from the catalogues (<c>words.yes</c>, <c>words.no</c>).
/// </summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    /// <summary>The two options, yes first.</summary>
    public static IReadOnlyList<Choice> YesNo { get; } =
    [
        new("yes", "confirm.yes", "✅", "words.yes"),
        new("no", "confirm.no", "❌", "words.no"),
    ];

    public ConfirmPrompt(string id, PromptValidator<bool>? validator = null)
        : base(id, validator)
    {
    }

    protected override PromptRecognition<bool> Recognize(TurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);

        var found = ChoiceRecognizer.Recognize(
            context.Answer, YesNo, context.Catalog, context.Language);
        return found is null
            ? new PromptRecognition<bool>(false, default)
            : new PromptRecognition<bool>(true, found.Index == 0);
    }

    protected override void Ask(TurnContext context, LocalizedText text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        var menu = ChoiceMenu.Render(context.Catalog, context.Language, context.Render(text), YesNo);
        context.ReplyText(menu, options.MediaUrls);
    }
}
