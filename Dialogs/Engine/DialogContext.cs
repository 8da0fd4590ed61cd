using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// Runs the dialog stack of one conversation for one turn: begins, continues, ends, replaces and
/// cancels dialogs, and hands a dialog's result to the one that began it.
/// </summary>
public sealed class DialogContext
{
    public DialogContext(DialogSet dialogs, TurnContext context, DialogStackState stack)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(stack);

        Dialogs = dialogs;
        Context = context;
        Stack = stack;
    }

    public DialogSet Dialogs { get; }

    public TurnContext Context { get; }

    public DialogStackState Stack { get; }

    /// <summary>The innermost dialog, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Active;

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    /// <exception cref="InvalidOperationException">No dialog has that id.</exception>
    public Task<DialogTurnResult> BeginDialogAsync(
        string dialogId,
        object? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);

        var dialog = Dialogs.Find(dialogId)
            ?? throw new InvalidOperationException(
                $"No dialog '{dialogId}' is registered; add it to the DialogSet (AddDialog).");

        Stack.Instances.Add(new DialogInstance(dialogId));
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    /// <summary>Gives the new message to the active dialog; Empty when there is none.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var dialog = FindActive();
        return dialog is null
            ? Task.FromResult(DialogTurnResult.Empty)
            : dialog.ContinueAsync(this, cancellationToken);
    }

    /// <summary>
    /// Pops the active dialog and resumes the one below with <paramref name="result"/>; Complete
    /// with the result when the stack is now empty.
    /// </summary>
    public Task<DialogTurnResult> EndDialogAsync(
        object? result = null,
        CancellationToken cancellationToken = default)
    {
        if (Stack.Instances.Count > 0)
        {
            Stack.Instances.RemoveAt(Stack.Instances.Count - 1);
        }

        var parent = FindActive();
        return parent is null
            ? Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, result))
            : parent.ResumeAsync(this, result, cancellationToken);
    }

    /// <summary>Pops the active dialog without resuming its parent and begins another in its place.</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(
        string dialogId,
        object? options = null,
        CancellationToken cancellationToken = default)
    {
        if (Stack.Instances.Count > 0)
        {
            Stack.Instances.RemoveAt(Stack.Instances.Count - 1);
        }

        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Empties the stack.</summary>
    public DialogTurnResult CancelAllDialogs()
    {
        if (Stack.Instances.Count == 0)
        {
            return DialogTurnResult.Empty;
        }

        Stack.Instances.Clear();
        return DialogTurnResult.Cancelled;
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var dialog = FindActive();
        return dialog is null ? Task.CompletedTask : dialog.RepromptAsync(this, cancellationToken);
    }

    /// <summary>
    /// The active dialog. A saved stack may name a dialog a newer release removed: such a stack
    /// cannot go on, so it is cleared and the conversation starts over from the main dialog.
    /// </summary>
    private Dialog? FindActive()
    {
        if (ActiveDialog is not { } active)
        {
            return null;
        }

        var dialog = Dialogs.Find(active.Id);
        if (dialog is null)
        {
            Stack.Instances.Clear();
        }

        return dialog;
    }
}
