using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Text;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Conversations.Artisan;

/// <summary>
/// Picks one of <see cref="PromptOptions.Choices"/> by its number only, for lists whose lines the
/// dialog writes itself into the question (product titles, which are not catalogue texts). The
/// choices' labels are never shown; the answer is a <see cref="FoundChoice"/>.
/// </summary>
public sealed class NumberedListPrompt : Prompt<FoundChoice>
{
    public NumberedListPrompt(string id)
        : base(id, null)
    {
    }

    protected override PromptRecognition<FoundChoice> Recognize(TurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        var reply = TextNormalizer.Normalize(context.Answer);
        if (!int.TryParse(reply, out var number) || number < 1 || number > options.Choices.Count)
        {
            return new PromptRecognition<FoundChoice>(false, default);
        }

        var found = new FoundChoice(number - 1, options.Choices[number - 1].Value);
        return new PromptRecognition<FoundChoice>(true, found);
    }
}
