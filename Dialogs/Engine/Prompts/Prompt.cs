using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine.Prompts;

/// <summary>
/// Asks one question and ends with the answer as a <typeparamref name="T"/>. The first reply it
/// cannot use (or the validator refuses) gets the simpler retry text; every later one gets the
/// help text and the question again.
/// </summary>
public abstract class Prompt<T> : Dialog, IPrompt
{
    /// <summary>The help said when <see cref="PromptOptions.Help"/> is not set.</summary>
    public const string DefaultHelpKey = "prompt.help";

    /// <summary>Said when a voice note comes where a written answer is wanted.</summary>
    public const string VoiceNoteKey = "prompt.voice";

    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id)
    {
        _validator = validator;
    }

    /// <summary>Begins the prompt; <paramref name="options"/> must be a <see cref="PromptOptions"/>.</summary>
    public override Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with PromptOptions.", nameof(options));
        }

        var state = dc.ActiveDialog!.State;
        state.Set(OptionsKey, promptOptions);
        state.Set(AttemptsKey, 0);
        Ask(dc.Context, promptOptions.Prompt, promptOptions);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override async Task<DialogTurnResult> ContinueAsync(
        DialogContext dc,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(state);
        var attempt = state.Get<int>(AttemptsKey) + 1;
        state.Set(AttemptsKey, attempt);

        var recognized = Recognize(dc.Context, options);
        var validation = new PromptValidatorContext<T>(dc.Context, recognized, options, attempt);
        if (recognized.Succeeded && (_validator is null || await _validator(validation, cancellationToken)))
        {
            dc.Context.AnsweredPrompt = true;
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (ExplainsVoiceNotes && validation.RetryText is null && dc.Context.Activity.Media.Any(m => m.IsAudio))
        {
            dc.Context.Reply(VoiceNoteKey);
            Ask(dc.Context, options.Prompt, options);
        }
        else if (attempt == 1)
        {
            Ask(dc.Context, validation.RetryText ?? options.Retry ?? options.Prompt, options);
        }
        else
        {
            dc.Context.Reply(validation.RetryText ?? options.Help ?? DefaultHelpKey);
            Ask(dc.Context, options.Prompt, options);
        }

        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// Whether a voice note this prompt could not use is answered with "I cannot listen to voice
    /// notes here" before the question (a prompt that wants media says what it wants itself).
    /// </summary>
    protected virtual bool ExplainsVoiceNotes => true;

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var options = ReadOptions(dc.ActiveDialog!.State);
        Ask(dc.Context, options.Prompt, options);
        return Task.CompletedTask;
    }

    /// <summary>Reads the reply of the turn.</summary>
    protected abstract PromptRecognition<T> Recognize(TurnContext context, PromptOptions options);

    /// <summary>Sends <paramref name="text"/>; choice prompts add their menu below it.</summary>
    protected virtual void Ask(TurnContext context, LocalizedText text, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);

        context.Reply(text, options.MediaUrls);
    }

    private PromptOptions ReadOptions(DialogValues state) =>
        state.Get<PromptOptions>(OptionsKey)
        ?? throw new InvalidOperationException($"Prompt '{Id}' lost its options from the saved state.");
}
