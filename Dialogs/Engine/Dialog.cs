namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// A conversation step that can span turns. Dialogs are singletons shared by every
/// conversation: they keep nothing in fields between calls, only in
/// <see cref="DialogContext.ActiveDialog"/>'s state, which is saved with the stack.
/// </summary>
public abstract class Dialog
{
    private readonly List<Dialog> _children = [];

    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);

        Id = id;
    }

    /// <summary>The dialog's unique id, saved in the stack (keep it stable across releases).</summary>
    public string Id { get; }

    /// <summary>Dialogs this one begins (its prompts), registered with it by <see cref="DialogSet"/>.</summary>
    public IReadOnlyList<Dialog> Children => _children;

    /// <summary>Starts the dialog, just pushed on the stack, with the caller's options.</summary>
    public abstract Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken);

    /// <summary>A new message arrived while this dialog is active. By default it ends.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A dialog this one began ended with <paramref name="result"/>. By default it ends too.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(
        DialogContext dc,
        object? result,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the current question again (after "help"). By default it says nothing.</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Registers a dialog this one begins, so that adding this dialog adds it too.</summary>
    protected T AddDialog<T>(T child)
        where T : Dialog
    {
        ArgumentNullException.ThrowIfNull(child);

        _children.Add(child);
        return child;
    }
}
