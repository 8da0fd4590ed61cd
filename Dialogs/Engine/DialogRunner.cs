using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// Runs one turn of a conversation's dialogs: global commands first, then the
/// <see cref="TurnOptions.WordCommands"/>, then the interruptions registered in
/// <see cref="TurnOptions.Interruptions"/>, then the active dialog, else the main dialog. Whatever
/// happens, the sender gets an answer: a turn that produced none says it did not understand (in
/// the person's language) and repeats the current question.
/// </summary>
/// <remarks>
/// The negotiation interruption, for example: a person told about a negotiation carries its id in
/// <c>Person.FocusNegotiationId</c>. Unless <see cref="FocusDialogId"/> is already on their stack,
/// their next message begins that dialog on top of whatever they were doing. It either takes the
/// message (and later takes itself off the stack and asks the question below again), or, when
/// the negotiation is over, takes itself off at once without a word and returns
/// <see cref="DialogTurnStatus.Empty"/>, and the message goes to the active dialog as usual.
/// "menu" clears the focus: the negotiation stays open, but the person's words stop going to it.
/// "language" and the word commands open their dialog as an aside on top of the stack
/// (<see cref="DialogContext.BeginAsideAsync"/>): when it ends, the question below is asked again
/// (in the new language). While an aside asks its own question no interruption starts, so the
/// language menu gets its answer before a waiting offer or ballot does; deeper inside an aside (a
/// vote list the projects menu led to) the interruptions work as anywhere else.
/// An interruption with <see cref="DialogInterruption.ShowOptions"/> (the waiting offer) is shown
/// again where the question below would be re-asked — after "help" and when an aside ends — so
/// that a digit never answers an offer that is not on screen.
/// </remarks>
public sealed class DialogRunner
{
    /// <summary>The general help, said for "help".</summary>
    public const string HelpKey = "help.global";

    /// <summary>Said when nothing else answered.</summary>
    public const string FallbackKey = "help.fallback";

    /// <summary>The dialog begun on top of the stack while a person has a negotiation in focus.</summary>
    public const string FocusDialogId = "negotiation.answer";

    private readonly TurnOptions _options;

    public DialogRunner(TurnOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        _options = options;
    }

    public async Task<DialogTurnResult> RunAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        dc.ShowWaiting = ShowWaitingAsync;
        if (OptOutCommands.TryHandle(dc))
        {
            return DialogTurnResult.Empty;
        }

        var command = GlobalCommands.Match(dc.Context.Activity.Text, dc.Context.Catalog);
        var result = command switch
        {
            GlobalCommand.Menu => await LeaveFocusAndRestartAsync(dc, cancellationToken),
            GlobalCommand.Language => await ChangeLanguageAsync(dc, cancellationToken),
            GlobalCommand.Help => await HelpAsync(dc, cancellationToken),
            _ => await ContinueOrBeginAsync(dc, cancellationToken),
        };

        if (!dc.Context.HasReplied)
        {
            dc.Context.Reply(FallbackKey);
            await dc.RepromptDialogAsync(cancellationToken);
        }

        return result;
    }

    private Task<DialogTurnResult> LeaveFocusAndRestartAsync(DialogContext dc, CancellationToken ct)
    {
        dc.Context.Person.FocusNegotiationId = null;
        return RestartAsync(dc, _options.MainDialogId, ct);
    }

    private static Task<DialogTurnResult> RestartAsync(DialogContext dc, string dialogId, CancellationToken ct)
    {
        dc.CancelAllDialogs();
        return dc.BeginDialogAsync(dialogId, null, ct);
    }

    /// <summary>
    /// The language menu as an aside; when the person is already in it, the menu is shown again.
    /// </summary>
    private async Task<DialogTurnResult> ChangeLanguageAsync(DialogContext dc, CancellationToken ct)
    {
        if (!dc.Stack.Instances.Exists(instance => instance.Id == _options.LanguageDialogId))
        {
            return await dc.BeginAsideAsync(_options.LanguageDialogId, null, ct);
        }

        await dc.RepromptDialogAsync(ct);
        return DialogTurnResult.Waiting;
    }

    private async Task<DialogTurnResult> HelpAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Context.Reply(HelpKey);
        if (await ShowWaitingAsync(dc, cancellationToken))
        {
            return DialogTurnResult.Waiting;
        }

        if (dc.ActiveDialog is null)
        {
            return await dc.BeginDialogAsync(_options.MainDialogId, null, cancellationToken);
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// Shows the question of an interruption that waits for the person but is not on the stack yet
    /// (an offer they were told about), as an aside, instead of the question below: otherwise the
    /// screen would show one menu while their next digit answered the offer.
    /// </summary>
    private async Task<bool> ShowWaitingAsync(DialogContext dc, CancellationToken ct)
    {
        var person = dc.Context.Person;
        foreach (var interruption in _options.Interruptions)
        {
            if (interruption.ShowOptions is not { } show
                || !interruption.AppliesTo(person)
                || dc.Dialogs.Find(interruption.DialogId) is null
                || dc.Stack.Instances.Exists(instance => instance.Id == interruption.DialogId))
            {
                continue;
            }

            var shown = await dc.BeginAsideAsync(interruption.DialogId, show(person), ct);
            if (shown.Status != DialogTurnStatus.Empty)
            {
                return true;
            }
        }

        return false;
    }

    private async Task<DialogTurnResult> ContinueOrBeginAsync(DialogContext dc, CancellationToken ct)
    {
        foreach (var command in _options.WordCommands)
        {
            var opened = await OpenAsync(dc, command, ct);
            if (opened.Status != DialogTurnStatus.Empty)
            {
                return opened;
            }
        }

        var interruptions = dc.IsAsideAsking ? [] : _options.Interruptions;
        foreach (var interruption in interruptions)
        {
            var interrupted = await InterruptAsync(dc, interruption, ct);
            if (interrupted.Status != DialogTurnStatus.Empty)
            {
                return interrupted;
            }
        }

        var result = await dc.ContinueDialogAsync(ct);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(_options.MainDialogId, null, ct)
            : result;
    }

    private static async Task<DialogTurnResult> OpenAsync(
        DialogContext dc,
        WordCommand command,
        CancellationToken ct)
    {
        var applies = dc.Dialogs.Find(command.DialogId) is not null
            && !dc.Stack.Instances.Exists(instance => instance.Id == command.DialogId)
            && GlobalCommands.IsWord(dc.Context.Activity.Text, command.WordsKey, dc.Context.Catalog);

        return applies
            ? await dc.BeginAsideAsync(command.DialogId, null, ct)
            : DialogTurnResult.Empty;
    }

    private static async Task<DialogTurnResult> InterruptAsync(
        DialogContext dc,
        DialogInterruption interruption,
        CancellationToken ct)
    {
        var applies = interruption.AppliesTo(dc.Context.Person)
            && dc.Dialogs.Find(interruption.DialogId) is not null
            && !dc.Stack.Instances.Exists(instance => instance.Id == interruption.DialogId);

        return applies
            ? await dc.BeginDialogAsync(interruption.DialogId, null, ct)
            : DialogTurnResult.Empty;
    }
}
