using System.Text.Json;
using System.Text.Json.Nodes;

namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// A dialog made of steps run in order: each step asks something (usually a prompt) and the
/// next step receives the answer as <see cref="WaterfallStepContext.Result"/>. The step index,
/// the begin options and <see cref="WaterfallStepContext.Values"/> are saved with the stack.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepKey = "step";
    private const string ValuesKey = "values";
    private const string OptionsKey = "options";

    private readonly List<WaterfallStep> _steps = [];

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null)
        : base(id)
    {
        _steps.AddRange(steps ?? []);
    }

    /// <summary>Appends a step.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);

        _steps.Add(step);
        return this;
    }

    /// <summary>Registers a dialog (a prompt) the steps begin.</summary>
    public WaterfallDialog Add(Dialog child)
    {
        AddDialog(child);
        return this;
    }

    /// <summary>Begins at the first step. <paramref name="options"/> must serialize to JSON.</summary>
    public override Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var state = dc.ActiveDialog!.State;
        if (options is not null)
        {
            state.Data[OptionsKey] = JsonSerializer.SerializeToNode(options, options.GetType());
        }

        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    /// <summary>A message came with no prompt above the waterfall: the text goes to the next step.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        return ResumeAsync(dc, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(
        DialogContext dc,
        object? result,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var index = dc.ActiveDialog!.State.Get<int>(StepKey);
        return RunStepAsync(dc, index + 1, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc,
        int index,
        object? result,
        CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.State.Set(StepKey, index);
        var options = instance.Data[OptionsKey] as JsonObject;
        var step = new WaterfallStepContext(this, dc, index, result, instance.State.Child(ValuesKey), options);
        return await _steps[index](step, cancellationToken);
    }
}
