using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// Runs one turn of a conversation's dialogs: global commands first, then the active dialog,
/// else the main dialog. Whatever happens, the sender gets an answer: a turn that produced none
/// says it did not understand (in the person's language) and repeats the current question.
/// </summary>
public sealed class DialogRunner
{
    /// <summary>The general help, said for "help".</summary>
    public const string HelpKey = "help.global";

    /// <summary>Said when nothing else answered.</summary>
    public const string FallbackKey = "help.fallback";

    private readonly TurnOptions _options;

    public DialogRunner(TurnOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        _options = options;
    }

    public async Task<DialogTurnResult> RunAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        if (OptOutCommands.TryHandle(dc))
        {
            return DialogTurnResult.Empty;
        }

        var command = GlobalCommands.Match(dc.Context.Activity.Text, dc.Context.Catalog);
        var result = command switch
        {
            GlobalCommand.Menu => await RestartAsync(dc, _options.MainDialogId, cancellationToken),
            GlobalCommand.Language => await RestartAsync(dc, _options.LanguageDialogId, cancellationToken),
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

    private static Task<DialogTurnResult> RestartAsync(DialogContext dc, string dialogId, CancellationToken ct)
    {
        dc.CancelAllDialogs();
        return dc.BeginDialogAsync(dialogId, null, ct);
    }

    private async Task<DialogTurnResult> HelpAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        dc.Context.Reply(HelpKey);
        if (dc.ActiveDialog is null)
        {
            return await dc.BeginDialogAsync(_options.MainDialogId, null, cancellationToken);
        }

        await dc.RepromptDialogAsync(cancellationToken);
        return DialogTurnResult.Waiting;
    }

    private async Task<DialogTurnResult> ContinueOrBeginAsync(DialogContext dc, CancellationToken ct)
    {
        var result = await dc.ContinueDialogAsync(ct);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(_options.MainDialogId, null, ct)
            : result;
    }
}
