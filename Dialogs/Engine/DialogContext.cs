using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// Runs the dialog stack of one conversation for one turn: begins, continues, ends, replaces and
/// cancels dialogs, and hands a dialog's result to the one that began it. A dialog begun as an
/// aside (<see cref="BeginAsideAsync"/>) hands its result to nobody: when it ends, the dialog
/// below asks its question again.
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

    /// <summary>
    /// Asked when an aside ends, before the dialog below asks its question again: returns true when
    /// it showed something else instead (a waiting offer, say), which then holds the person's next
    /// message. The <see cref="DialogRunner"/> sets it.
    /// </summary>
    public Func<DialogContext, CancellationToken, Task<bool>>? ShowWaiting { get; set; }

    /// <summary>The innermost dialog, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Active;

    /// <summary>
    /// Whether an aside (a global command's dialog) asks its own question: the aside is the active
    /// dialog, or the active dialog is a prompt the aside began. Deeper inside an aside (a dialog
    /// the aside's menu led to) this is false.
    /// </summary>
    public bool IsAsideAsking
    {
        get
        {
            var count = Stack.Instances.Count;
            if (count == 0 || Stack.Instances[^1].IsAside)
            {
                return count > 0;
            }

            return count >= 2
                && Stack.Instances[^2].IsAside
                && Dialogs.Find(Stack.Instances[^1].Id) is IPrompt;
        }
    }

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    /// <exception cref="InvalidOperationException">No dialog has that id.</exception>
    public Task<DialogTurnResult> BeginDialogAsync(
        string dialogId,
        object? options = null,
        CancellationToken cancellationToken = default) =>
        BeginAsync(dialogId, options, isAside: false, cancellationToken);

    /// <summary>
    /// Pushes the dialog <paramref name="dialogId"/> as an aside and begins it: the dialogs below
    /// stay as they are, and when it ends its result goes to nobody; the dialog below asks its
    /// question again instead (nothing below: the turn is complete).
    /// </summary>
    /// <exception cref="InvalidOperationException">No dialog has that id.</exception>
    public Task<DialogTurnResult> BeginAsideAsync(
        string dialogId,
        object? options = null,
        CancellationToken cancellationToken = default) =>
        BeginAsync(dialogId, options, isAside: true, cancellationToken);

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
    public async Task<DialogTurnResult> EndDialogAsync(
        object? result = null,
        CancellationToken cancellationToken = default)
    {
        var ended = Pop();
        var parent = FindActive();
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        if (ended is { IsAside: true })
        {
            if (ShowWaiting is null || !await ShowWaiting(this, cancellationToken))
            {
                await parent.RepromptAsync(this, cancellationToken);
            }

            return DialogTurnResult.Waiting;
        }

        return await parent.ResumeAsync(this, result, cancellationToken);
    }

    /// <summary>
    /// Pops the active dialog without resuming its parent and begins another in its place (an
    /// aside's replacement is an aside too).
    /// </summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(
        string dialogId,
        object? options = null,
        CancellationToken cancellationToken = default)
    {
        var replaced = Pop();
        return BeginAsync(dialogId, options, replaced?.IsAside ?? false, cancellationToken);
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

    private Task<DialogTurnResult> BeginAsync(
        string dialogId,
        object? options,
        bool isAside,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);

        var dialog = Dialogs.Find(dialogId)
            ?? throw new InvalidOperationException(
                $"No dialog '{dialogId}' is registered; add it to the DialogSet (AddDialog).");

        Stack.Instances.Add(new DialogInstance(dialogId, isAside: isAside));
        return dialog.BeginAsync(this, options, cancellationToken);
    }

    private DialogInstance? Pop()
    {
        var active = ActiveDialog;
        if (active is not null)
        {
            Stack.Instances.RemoveAt(Stack.Instances.Count - 1);
        }

        return active;
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
