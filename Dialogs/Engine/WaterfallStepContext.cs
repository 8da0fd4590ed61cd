using System.Text.Json;
using System.Text.Json.Nodes;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine;

/// <summary>What a waterfall step sees: the previous answer, the saved values and the helpers.</summary>
public sealed class WaterfallStepContext
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private readonly WaterfallDialog _waterfall;
    private readonly JsonObject? _options;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog waterfall,
        DialogContext dc,
        int index,
        object? result,
        DialogValues values,
        JsonObject? options)
    {
        _waterfall = waterfall;
        _options = options;
        Dialog = dc;
        Index = index;
        Result = result;
        Values = values;
    }

    public DialogContext Dialog { get; }

    public TurnContext Context => Dialog.Context;

    /// <summary>The step's position, from 0.</summary>
    public int Index { get; }

    /// <summary>
    /// What the previous step's prompt or child dialog returned (or the text typed, or what the
    /// previous step passed to <see cref="NextAsync"/>); null on the first step.
    /// </summary>
    public object? Result { get; }

    /// <summary>Values the steps share, saved with the stack.</summary>
    public DialogValues Values { get; }

    /// <summary>The options the waterfall was begun with, read back as <typeparamref name="T"/>.</summary>
    public T? Options<T>() => _options is null ? default : _options.Deserialize<T>(SerializerOptions);

    /// <summary>Skips to the next step at once, handing it <paramref name="result"/>.</summary>
    /// <exception cref="InvalidOperationException">Called twice in one step.</exception>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"Step {Index} of '{_waterfall.Id}' called NextAsync twice.");
        }

        _nextCalled = true;
        return _waterfall.RunStepAsync(Dialog, Index + 1, result, cancellationToken);
    }

    /// <summary>Begins the prompt <paramref name="promptId"/>; its answer comes to the next step.</summary>
    public Task<DialogTurnResult> PromptAsync(
        string promptId,
        PromptOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);

        return Dialog.BeginDialogAsync(promptId, options, cancellationToken);
    }

    public Task<DialogTurnResult> BeginDialogAsync(
        string dialogId,
        object? options = null,
        CancellationToken cancellationToken = default) =>
        Dialog.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(
        object? result = null,
        CancellationToken cancellationToken = default) =>
        Dialog.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(
        string dialogId,
        object? options = null,
        CancellationToken cancellationToken = default) =>
        Dialog.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
