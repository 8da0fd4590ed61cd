using SoukPlay.Dialogs.Engine;

namespace SoukPlay.Dialogs.Conversations.Onboarding;

/// <summary>
/// Where every conversation starts (and "menu" returns): onboards whoever lacks a language or a
/// role, then hands over to the dialog of their role (<see cref="RoleDialogs"/>).
/// </summary>
public sealed class MainDialog : WaterfallDialog
{
    public const string DialogId = "main";

    public MainDialog()
        : base(DialogId)
    {
        AddStep(LanguageAsync);
        AddStep(RoleAsync);
        AddStep(HandOverAsync);
    }

    private static Task<DialogTurnResult> LanguageAsync(WaterfallStepContext step, CancellationToken ct) =>
        string.IsNullOrEmpty(step.Context.Person.Language)
            ? step.BeginDialogAsync(LanguageDialog.DialogId, null, ct)
            : step.NextAsync(null, ct);

    private static Task<DialogTurnResult> RoleAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.Context.Person.Role == Storage.Model.Role.None
            ? step.BeginDialogAsync(RoleDialog.DialogId, null, ct)
            : step.NextAsync(null, ct);

    private static Task<DialogTurnResult> HandOverAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.ReplaceDialogAsync(RoleDialogs.For(step.Context.Person.Role), null, ct);
}
