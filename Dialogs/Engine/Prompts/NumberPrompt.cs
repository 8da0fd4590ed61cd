using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>
/// Asks for a number (a price, a quantity), read by the injected <see cref="IAmountRecognizer"/>.
/// An ambiguous reading counts as unusable, so the person is asked again rather than guessed
/// for; use a validator for bounds and whole numbers.
/// </summary>
public sealed class NumberPrompt : Prompt<decimal>
{
    private readonly IAmountRecognizer _recognizer;

    public NumberPrompt(string id, IAmountRecognizer recognizer, PromptValidator<decimal>? validator = null)
        : base(id, validator)
    {
        ArgumentNullException.ThrowIfNull(recognizer);

        _recognizer = recognizer;
    }

    protected override PromptRecognition<decimal> Recognize(TurnContext context, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);

        var amount = _recognizer.Recognize(context.Activity.Text, context.Language);
        return amount.Value is { } value
            ? new PromptRecognition<decimal>(true, value)
            : new PromptRecognition<decimal>(false, default);
    }
}
