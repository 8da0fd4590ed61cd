using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// "My offers": the open negotiations waiting for this person's answer, as a numbered menu; the
/// chosen one is answered with <see cref="NegotiationAnswerDialog"/>. Ends when there is none or
/// when that answer is over.
/// </summary>
/// <remarks>
/// A menu label is the product and amount written out, not a catalogue key: the catalogue gives a
/// key back as it is when it has no text for it, which is what the menu shows. A product title
/// that happens to equal a catalogue key would show that key's text instead.
/// </remarks>
public sealed class NegotiationInboxDialog : WaterfallDialog
{
    public const string DialogId = "negotiation.inbox";

    private const string PromptId = "negotiation.inbox.choice";

    public NegotiationInboxDialog()
        : base(DialogId)
    {
        Add(new ChoicePrompt(PromptId));
        AddStep(ListAsync);
        AddStep(AnswerAsync);
        AddStep((step, ct) => step.EndDialogAsync(null, ct));
    }

    private static async Task<DialogTurnResult> ListAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var open = await context.Store.ListOpenNegotiationsAsync(context.Person.Id, ct);
        var choices = new List<Choice>();
        foreach (var negotiation in open.Where(n => AwaitsMe(n, context.Person)).Take(9))
        {
            if (await NegotiationView.LoadAsync(context, negotiation.Id, ct) is { } view)
            {
                var args = NegotiationNotices.Args(context, view, context.Person);
                var label = context.Render(new("negotiation.inbox.item", args));
                choices.Add(new Choice(view.Id, label, "🛍️"));
            }
        }

        if (choices.Count == 0)
        {
            context.Reply("negotiation.inbox.empty");
            return await step.EndDialogAsync(null, ct);
        }

        return await step.PromptAsync(
            PromptId,
            new PromptOptions
            {
                Prompt = "negotiation.inbox.ask",
                Retry = "negotiation.inbox.retry",
                Choices = choices,
            },
            ct);
    }

    private static Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var chosen = (FoundChoice)step.Result!;
        var options = new NegotiationAnswerOptions(chosen.Value);
        return step.BeginDialogAsync(NegotiationAnswerDialog.DialogId, options, ct);
    }

    private static bool AwaitsMe(Storage.Model.Negotiation negotiation, Person person) =>
        negotiation.AwaitingAnswerFrom == (negotiation.BuyerId == person.Id ? Party.Buyer : Party.Artisan);
}
