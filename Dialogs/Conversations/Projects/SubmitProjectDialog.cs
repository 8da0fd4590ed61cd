using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Projects;

namespace SoukPlay.Dialogs.Conversations.Projects;

/// <summary>
/// Takes a project from a member: title, description (text or voice note), place, amount sought
/// and an optional photo; then submits it for approval and ends.
/// </summary>
public sealed class SubmitProjectDialog : WaterfallDialog
{
    public const string DialogId = "projects.submit";

    private const string TitlePrompt = "projects.submit.title";
    private const string DescriptionPromptId = "projects.submit.description";
    private const string PlacePrompt = "projects.submit.place";
    private const string AmountPrompt = "projects.submit.amount";
    private const string PhotoPrompt = "projects.submit.photo";

    private readonly CampaignService _campaigns;

    public SubmitProjectDialog(CampaignService campaigns, IAmountRecognizer amounts)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        ArgumentNullException.ThrowIfNull(amounts);

        _campaigns = campaigns;
        Add(new TextPrompt(TitlePrompt));
        Add(new DescriptionPrompt(DescriptionPromptId));
        Add(new TextPrompt(PlacePrompt));
        Add(new NumberPrompt(AmountPrompt, amounts, (v, _) => Task.FromResult(v.Recognized.Value >= 1)));
        Add(new PhotoOrSkipPrompt(PhotoPrompt));
        AddStep((step, ct) => Ask(step, TitlePrompt, "project.submit.title.ask", null, ct));
        AddStep((step, ct) =>
        {
            step.Values.Set("title", (string)step.Result!);
            return Ask(step, DescriptionPromptId, "project.submit.description.ask",
                "project.submit.description.retry", ct);
        });
        AddStep((step, ct) =>
        {
            var description = (ProjectDescription)step.Result!;
            step.Values.Set("description", description.Text);
            step.Values.Set("voice", description.VoiceNoteUrl);
            return Ask(step, PlacePrompt, "project.submit.place.ask", null, ct);
        });
        AddStep((step, ct) =>
        {
            step.Values.Set("place", (string)step.Result!);
            return Ask(step, AmountPrompt, "project.submit.amount.ask", "project.submit.amount.retry", ct);
        });
        AddStep((step, ct) =>
        {
            step.Values.Set("amount", (decimal)step.Result!);
            return Ask(step, PhotoPrompt, "project.submit.photo.ask", "project.submit.photo.retry", ct);
        });
        AddStep(SubmitAsync);
    }

    private static Task<DialogTurnResult> Ask(
        WaterfallStepContext step,
        string promptId,
        string question,
        string? retry,
        CancellationToken ct) =>
        step.PromptAsync(
            promptId,
            new PromptOptions { Prompt = question, Retry = retry is null ? null : new LocalizedText(retry) },
            ct);

    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var photo = (string)step.Result!;
        var values = step.Values;
        var title = values.Get<string>("title")!;
        var draft = new ProjectDraft(
            title,
            values.Get<string>("description") ?? "",
            step.Context.Language,
            values.Get<string>("voice"),
            values.Get<string>("place") ?? "",
            values.Get<decimal>("amount"),
            photo.Length == 0 ? null : photo);

        var outcome = await _campaigns.SubmitAsync(step.Context.Person.Id, draft, step.Context.Changes, ct);
        step.Context.Reply(
            outcome.Result == CommunityResult.Done ? "project.submitted" : "project.submit.closed",
            new Dictionary<string, object?> { ["title"] = title });
        return await step.EndDialogAsync(outcome.Project?.Id, ct);
    }
}
