using SoukPlay.Dialogs.Conversations.Buyer;
using SoukPlay.Dialogs.Conversations.Onboarding;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// One side's part in a negotiation. When this side must answer, 1️⃣ accepts, 2️⃣ asks for a
/// counter-offer amount (checked by <see cref="OfferAmountDialog"/>: an artisan asking no more than
/// the buyer offers, or a buyer offering no less than the artisan asks, is warned and may accept
/// the other's amount instead), 3️⃣ declines; anything else they write (text or media) is passed
/// on to the other side with the shop and product in front; a bare number that is no option is
/// asked again, then explained. After a deal it carries the deal's chat (<see cref="DealChat"/>).
/// </summary>
/// <remarks>
/// Begun by the runner's focus interruption (see <see cref="DialogRunner"/>), it sits on top of
/// whatever the person was doing and stays there while the negotiation is open; when it closes,
/// the dialog takes itself off the stack and the question below is asked again. It does not end
/// through <see cref="DialogContext.EndDialogAsync"/> then, because the engine would hand its
/// result to the dialog below as if that one's question had been answered. Begun by another
/// dialog with <see cref="NegotiationAnswerOptions"/>, it ends normally.
/// Known shortcomings: while the counter-offer amount is being asked, a message that is not an
/// amount is asked again rather than passed on; menu words count only as a one-word reply ("ok"),
/// so that a sentence is passed on instead of being taken as an answer.
/// </remarks>
public sealed partial class NegotiationAnswerDialog : Dialog
{
    public const string DialogId = DialogRunner.FocusDialogId;

    private const string NegotiationKey = "negotiation";
    private const string InterruptingKey = "interrupting";
    private const string AttemptsKey = "attempts";

    private readonly NegotiationService _negotiations;
    private readonly NegotiationRelay _relay;
    private readonly IVoiceNoteReader _voiceNotes;

    public NegotiationAnswerDialog(
        NegotiationService negotiations,
        OfferAmountDialog offerAmount,
        NegotiationRelay relay,
        IVoiceNoteReader voiceNotes)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(negotiations);
        ArgumentNullException.ThrowIfNull(offerAmount);
        ArgumentNullException.ThrowIfNull(voiceNotes);

        _negotiations = negotiations;
        _relay = relay ?? throw new ArgumentNullException(nameof(relay));
        _voiceNotes = voiceNotes;
        AddDialog(new ChoicePrompt(VoiceConfirmPromptId));
        AddDialog(offerAmount);
    }

    public override async Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var interrupting = options is not NegotiationAnswerOptions;
        var id = (options as NegotiationAnswerOptions)?.NegotiationId ?? dc.Context.Person.FocusNegotiationId;
        var state = dc.ActiveDialog!.State;
        state.Set(NegotiationKey, id);
        state.Set(InterruptingKey, interrupting);

        var view = string.IsNullOrEmpty(id) ? null : await LoadAsync(dc, id, cancellationToken);
        if (options is NegotiationAnswerOptions { ShowOnly: true })
        {
            return ShowIfWaiting(dc, view);
        }

        if (view is not null && view.IsDealChatOpen(dc.Context.Now))
        {
            return await DealChatAsync(dc, view, cancellationToken);
        }

        if (view is not { IsOpen: true })
        {
            if (view?.Deal is { } over && interrupting)
            {
                DealChat.SayOver(dc.Context, view, over);
            }

            return await StandAsideAsync(dc, id, interrupting, cancellationToken);
        }

        if (interrupting)
        {
            return await HandleAsync(dc, view, cancellationToken);
        }

        NegotiationNotices.Focus(dc.Context, dc.Context.Person, view.Id);
        Show(dc, view);
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// Shows the offer when it waits for this person's answer, or the deal's chat lines (what they
    /// write goes to the other side; 9 ends it) while that chat is open; otherwise leaves quietly.
    /// </summary>
    private static DialogTurnResult ShowIfWaiting(DialogContext dc, NegotiationView? view)
    {
        var context = dc.Context;
        if (view is { IsOpen: true } && view.Negotiation.AwaitingAnswerFrom == view.PartyOf(context.Person))
        {
            Show(dc, view);
            return DialogTurnResult.Waiting;
        }

        if (view is { Deal: { } deal } && view.IsDealChatOpen(context.Now))
        {
            context.ReplyText(DealChat.NextSteps(context, view, deal, view.PartyOf(context.Person)));
            return DialogTurnResult.Waiting;
        }

        PopSelf(dc);
        return DialogTurnResult.Empty;
    }

    public override async Task<DialogTurnResult> ContinueAsync(
        DialogContext dc,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        FollowFocus(dc);
        var view = await LoadCurrentAsync(dc, cancellationToken);
        if (view is not null && view.IsDealChatOpen(dc.Context.Now))
        {
            return await DealChatAsync(dc, view, cancellationToken);
        }

        if (view?.Deal is { } over)
        {
            DealChat.SayOver(dc.Context, view, over);
            return await FinishAsync(dc, view, cancellationToken);
        }

        if (view is not { IsOpen: true })
        {
            dc.Context.Reply("negotiation.closed");
            return await FinishAsync(dc, view, cancellationToken);
        }

        return await HandleAsync(dc, view, cancellationToken);
    }

    /// <summary>
    /// The counter-offer amount came back from <see cref="OfferAmountDialog"/> (the other side's
    /// own amount means accepting it), or a voice note's answer was confirmed.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeAsync(
        DialogContext dc,
        object? result,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var view = await LoadCurrentAsync(dc, cancellationToken);
        if (view is { IsOpen: true } && result is FoundChoice confirmation)
        {
            return await ConfirmHeardAsync(dc, view, confirmation, cancellationToken);
        }

        if (view is not { IsOpen: true } || result is not decimal amount)
        {
            dc.Context.Reply("negotiation.closed");
            return await FinishAsync(dc, view, cancellationToken);
        }

        var me = view.PartyOf(dc.Context.Person);
        if (amount == view.Negotiation.AmountMad)
        {
            return await ActAsync(dc, view, me, NegotiationMenu.Accept, cancellationToken);
        }

        var outcome = _negotiations.Counter(view.Negotiation, view.Product, me, amount, dc.Context.Changes);
        return await AfterCounterAsync(dc, view, me, outcome, cancellationToken);
    }

    public override async Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        FollowFocus(dc);
        var view = await LoadCurrentAsync(dc, cancellationToken);
        if (view is { IsOpen: true })
        {
            Show(dc, view);
        }
        else if (view is { Deal: { } deal } && view.IsDealChatOpen(dc.Context.Now))
        {
            dc.Context.ReplyText(DealChat.NextSteps(dc.Context, view, deal, view.PartyOf(dc.Context.Person)));
        }
    }

    private async Task<DialogTurnResult> HandleAsync(
        DialogContext dc,
        NegotiationView view,
        CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var me = view.PartyOf(context.Person);
        if (IsVoiceNote(context.Activity) && view.Negotiation.AwaitingAnswerFrom == me)
        {
            return await HearAsync(dc, view, me, cancellationToken);
        }

        var answer = NegotiationMenu.Recognize(context.Answer, context.Catalog, context.Language);
        if (answer is not null && view.Negotiation.AwaitingAnswerFrom == me)
        {
            dc.ActiveDialog!.State.Set(AttemptsKey, 0);
            return await ActAsync(dc, view, me, answer, cancellationToken);
        }

        if (NegotiationRelay.TryAnswerOriginal(context))
        {
            return DialogTurnResult.Waiting;
        }

        var nothingToPass = context.Activity.Text.Trim().Length == 0 && context.Activity.Media.Count == 0;
        if (NegotiationMenu.IsNumberOnly(context.Answer) || nothingToPass)
        {
            return Retry(dc, view, me);
        }

        var shopCode = me == Party.Buyer
            ? await ShopEntry.FindCodeAsync(context, context.Activity.Text, cancellationToken)
            : null;
        if (shopCode is not null)
        {
            return await GoToShopAsync(dc, view, cancellationToken);
        }

        await _relay.RelayAsync(context, view, NegotiationView.Other(me), cancellationToken);
        context.Reply("negotiation.relayed");
        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// A buyer who writes a shop code goes to that shop at once: their words stop going to this
    /// negotiation (it stays open, and the answer still reaches them).
    /// </summary>
    private static Task<DialogTurnResult> GoToShopAsync(
        DialogContext dc,
        NegotiationView view,
        CancellationToken cancellationToken)
    {
        NegotiationNotices.Unfocus(dc.Context, dc.Context.Person, view.Id);
        dc.CancelAllDialogs();
        return dc.BeginDialogAsync(MainDialog.DialogId, null, cancellationToken);
    }

    private async Task<DialogTurnResult> ActAsync(
        DialogContext dc,
        NegotiationView view,
        Party me,
        string answer,
        CancellationToken cancellationToken)
    {
        var context = dc.Context;
        switch (answer)
        {
            case NegotiationMenu.Accept:
                var accepted = _negotiations.Accept(view.Negotiation, view.Product, me, context.Changes);
                return accepted.Result == NegotiationResult.Accepted
                    ? await DealAsync(dc, view with { Deal = accepted.Deal }, me, cancellationToken)
                    : await RefusedAsync(dc, view, accepted, cancellationToken);

            case NegotiationMenu.Decline:
                var declined = _negotiations.Decline(view.Negotiation, me, context.Changes);
                if (declined.Result != NegotiationResult.Declined)
                {
                    return await RefusedAsync(dc, view, declined, cancellationToken);
                }

                context.Reply(Text(context, view, "negotiation.declined.you"));
                NegotiationNotices.DeclinedTo(context, view, NegotiationView.Other(me));
                return await FinishAsync(dc, view, cancellationToken);

            default:
                var amount = CounterAmount(context, view, heardMad: null);
                return await dc.BeginDialogAsync(OfferAmountDialog.DialogId, amount, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> AfterCounterAsync(
        DialogContext dc,
        NegotiationView view,
        Party me,
        NegotiationOutcome outcome,
        CancellationToken cancellationToken)
    {
        var context = dc.Context;
        switch (outcome.Result)
        {
            case NegotiationResult.Countered:
                context.Reply(Text(context, view, "negotiation.counter.sent"));
                NegotiationNotices.CounterTo(context, view, NegotiationView.Other(me));
                return DialogTurnResult.Waiting;

            case NegotiationResult.AcceptedAutomatically:
                return await DealAsync(dc, view with { Deal = outcome.Deal }, me, cancellationToken);

            case NegotiationResult.DeclinedAutomatically:
                context.Reply(Text(context, view, "buyer.offer.declined"));
                return await FinishAsync(dc, view, cancellationToken);

            default:
                return await RefusedAsync(dc, view, outcome, cancellationToken);
        }
    }

    /// <summary>
    /// Both sides are told the deal and what comes next, and the deal's chat opens. The question
    /// below is not asked again yet: the person's next words go to the chat, as the deal says,
    /// and the question comes back when they end it.
    /// </summary>
    private static async Task<DialogTurnResult> DealAsync(
        DialogContext dc,
        NegotiationView view,
        Party me,
        CancellationToken cancellationToken)
    {
        NegotiationNotices.ReplyDeal(dc.Context, view, me);
        NegotiationNotices.DealTo(dc.Context, view, NegotiationView.Other(me));
        DealChat.Open(dc.Context, view);
        return await LeaveAsync(dc, askBelowAgain: false, cancellationToken);
    }

    /// <summary>
    /// A message after the deal, while its chat is open: "9" ends it for both (and the question
    /// below is asked again, or the menu shown when there is none), "original" shows the last
    /// message as written, a buyer's shop code goes to that shop, anything else is passed on
    /// translated. The dialog then leaves the stack, and the next message comes back here through
    /// the focus.
    /// </summary>
    private async Task<DialogTurnResult> DealChatAsync(
        DialogContext dc,
        NegotiationView view,
        CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var me = view.PartyOf(context.Person);
        var nothingToPass = context.Activity.Text.Trim().Length == 0 && context.Activity.Media.Count == 0;
        if (DealChat.IsEndRequest(context))
        {
            DealChat.End(context, view, view.Deal!);
            return await LeaveToBelowOrMenuAsync(dc, cancellationToken);
        }
        else if (me == Party.Buyer
            && await ShopEntry.FindCodeAsync(context, context.Activity.Text, cancellationToken) is not null)
        {
            return await GoToShopAsync(dc, view, cancellationToken);
        }
        else if (!NegotiationRelay.TryAnswerOriginal(context) && !nothingToPass)
        {
            await _relay.RelayAsync(context, view, NegotiationView.Other(me), cancellationToken);
            context.Reply("deal.chat.relayed");
        }

        return await LeaveAsync(dc, askBelowAgain: false, cancellationToken);
    }

    private static async Task<DialogTurnResult> RefusedAsync(
        DialogContext dc,
        NegotiationView view,
        NegotiationOutcome outcome,
        CancellationToken cancellationToken)
    {
        if (outcome.Result == NegotiationResult.Closed)
        {
            dc.Context.Reply("negotiation.closed");
            return await FinishAsync(dc, view, cancellationToken);
        }

        if (outcome.Result == NegotiationResult.Unavailable)
        {
            var soldOut = new LocalizedText("negotiation.soldout", new Dictionary<string, object?>
            {
                ["product"] = view.Product.Title,
            });
            dc.Context.Reply(soldOut);
            var other = view.Buyer.Id == dc.Context.Person.Id ? view.Artisan : view.Buyer;
            dc.Context.Notify(other, soldOut, "negotiation.soldout");
            return await FinishAsync(dc, view, cancellationToken);
        }

        Show(dc, view);
        return DialogTurnResult.Waiting;
    }

    private static DialogTurnResult Retry(DialogContext dc, NegotiationView view, Party me)
    {
        var context = dc.Context;
        if (view.Negotiation.AwaitingAnswerFrom != me)
        {
            context.Reply(Text(context, view, "negotiation.waiting"));
            return DialogTurnResult.Waiting;
        }

        var state = dc.ActiveDialog!.State;
        var attempt = state.Get<int>(AttemptsKey) + 1;
        state.Set(AttemptsKey, attempt);
        if (attempt == 1)
        {
            context.ReplyText(NegotiationMenu.Render(
                context.Catalog, context.Language, context.Render("negotiation.retry")));
            return DialogTurnResult.Waiting;
        }

        context.Reply("negotiation.help");
        Show(dc, view);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Where the negotiation stands for the sender, with the menu when they must answer.</summary>
    private static void Show(DialogContext dc, NegotiationView view)
    {
        var context = dc.Context;
        var me = view.PartyOf(context.Person);
        if (view.Negotiation.AwaitingAnswerFrom != me)
        {
            context.Reply(Text(context, view, "negotiation.waiting"));
            return;
        }

        var key = me == Party.Artisan ? "negotiation.state.artisan" : "negotiation.state.buyer";
        var question = context.Render(Text(context, view, key));
        context.ReplyText(
            NegotiationMenu.Render(context.Catalog, context.Language, question),
            NegotiationNotices.PhotoOf(view.Product));
    }

    /// <summary>The counter-offer question, checked against the other side's amount on the table.</summary>
    private static OfferAmountOptions CounterAmount(
        Turns.TurnContext context,
        NegotiationView view,
        decimal? heardMad)
    {
        var args = NegotiationNotices.Args(context, view, context.Person);
        return new OfferAmountOptions
        {
            Ask = new PromptOptions
            {
                Prompt = new LocalizedText("negotiation.counter.ask", args),
                Retry = "negotiation.counter.retry",
                Help = "negotiation.counter.help",
            },
            By = view.PartyOf(context.Person),
            LimitMad = view.Negotiation.AmountMad,
            HeardMad = heardMad,
            Product = view.Product.Title,
            Shop = view.Shop.DisplayName,
            Buyer = (string)args["buyer"]!,
        };
    }

    /// <summary>
    /// The negotiation is over (or gone) before this dialog took the message: an interruption
    /// leaves without a word so the message goes where it was meant to; a begun dialog says so.
    /// </summary>
    private static async Task<DialogTurnResult> StandAsideAsync(
        DialogContext dc,
        string? id,
        bool interrupting,
        CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(id))
        {
            NegotiationNotices.Unfocus(dc.Context, dc.Context.Person, id);
        }

        if (interrupting)
        {
            PopSelf(dc);
            return DialogTurnResult.Empty;
        }

        dc.Context.Reply("negotiation.closed");
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Clears both sides' focus and leaves the stack (see the remarks on the class).</summary>
    private static async Task<DialogTurnResult> FinishAsync(
        DialogContext dc,
        NegotiationView? view,
        CancellationToken cancellationToken)
    {
        var id = dc.ActiveDialog!.State.Get<string>(NegotiationKey) ?? "";
        NegotiationNotices.Unfocus(dc.Context, dc.Context.Person, id);
        if (view is not null)
        {
            NegotiationNotices.Unfocus(dc.Context, view.Buyer, id);
            NegotiationNotices.Unfocus(dc.Context, view.Artisan, id);
        }

        return await LeaveAsync(dc, askBelowAgain: true, cancellationToken);
    }

    /// <summary>
    /// Leaves the stack and, unless told not to, asks the question below again (see the remarks
    /// on the class).
    /// </summary>
    private static async Task<DialogTurnResult> LeaveAsync(
        DialogContext dc,
        bool askBelowAgain,
        CancellationToken cancellationToken)
    {
        if (!dc.ActiveDialog!.State.Get<bool>(InterruptingKey))
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        PopSelf(dc);
        if (dc.ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        if (askBelowAgain)
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }

        return DialogTurnResult.Waiting;
    }

    /// <summary>
    /// Leaves the stack and asks the question below again, or, when nothing was below (a buyer
    /// whose offer was accepted at once has finished the shop), shows the menu: the person's
    /// next message no longer goes to the chat, and they are asked what comes next.
    /// </summary>
    private static async Task<DialogTurnResult> LeaveToBelowOrMenuAsync(
        DialogContext dc,
        CancellationToken cancellationToken)
    {
        var result = await LeaveAsync(dc, askBelowAgain: true, cancellationToken);
        return dc.ActiveDialog is null
            ? await dc.BeginDialogAsync(MainDialog.DialogId, null, cancellationToken)
            : result;
    }

    private static void PopSelf(DialogContext dc) =>
        dc.Stack.Instances.RemoveAt(dc.Stack.Instances.Count - 1);

    /// <summary>
    /// When another offer or counter-offer was shown to the person after this one (its notice moved
    /// their focus), their next answer is for the one they saw last: the dialog takes that one up.
    /// Not while an amount they were typing comes back (<see cref="ResumeAsync"/>), which is still
    /// for the negotiation it was asked for.
    /// </summary>
    private static void FollowFocus(DialogContext dc)
    {
        var focus = dc.Context.Person.FocusNegotiationId;
        var state = dc.ActiveDialog!.State;
        if (!string.IsNullOrEmpty(focus) && focus != state.Get<string>(NegotiationKey))
        {
            state.Set(NegotiationKey, focus);
            state.Set(AttemptsKey, 0);
        }
    }

    private static async Task<NegotiationView?> LoadCurrentAsync(DialogContext dc, CancellationToken ct)
    {
        var id = dc.ActiveDialog!.State.Get<string>(NegotiationKey);
        return string.IsNullOrEmpty(id) ? null : await LoadAsync(dc, id, ct);
    }

    /// <summary>The negotiation, or null when it is gone or the sender takes no part in it.</summary>
    private static async Task<NegotiationView?> LoadAsync(DialogContext dc, string id, CancellationToken ct)
    {
        var view = await NegotiationView.LoadAsync(dc.Context, id, ct);
        var sender = dc.Context.Person.Id;
        return view is not null && (view.Buyer.Id == sender || view.Artisan.Id == sender) ? view : null;
    }

    private static LocalizedText Text(Turns.TurnContext context, NegotiationView view, string key) =>
        new(key, NegotiationNotices.Args(context, view, context.Person));
}
