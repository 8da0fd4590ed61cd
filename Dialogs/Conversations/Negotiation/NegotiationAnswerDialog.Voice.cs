using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// Voice notes from the side that must answer: the note is heard through
/// <see cref="IVoiceNoteReader"/> and what was heard is always confirmed with a one-tap menu
/// (1️⃣ send it, 2️⃣ no, change) before anything is done. A heard amount equal to the standing offer is an
/// acceptance; a heard counter-offer no better than the other side's amount gets the same warning
/// as a written one (<see cref="OfferAmountDialog"/>) instead. When nothing could be heard (no
/// speech-to-text, a failure, words that are no answer) the sender is told, the menu is shown
/// again, and the note goes to the other side as audio so that it is never lost.
/// </summary>
/// <remarks>
/// Known shortcomings: the note is heard inside the turn, so a slow transcription can outlast
/// Twilio's webhook budget (the answer then goes through the outbox, as for any slow turn); a
/// counter-offer heard without a clear amount asks the amount in writing; a voice note sent by
/// the side that waits is passed on like any other message.
/// </remarks>
public sealed partial class NegotiationAnswerDialog
{
    private const string VoiceConfirmPromptId = "negotiation.answer.voice.confirm";
    private const string VoiceKindKey = "voiceKind";
    private const string VoiceAmountKey = "voiceAmount";
    private const string SendChoice = "send";
    private const string ChangeChoice = "change";

    private static readonly IReadOnlyList<Choice> VoiceChoices =
    [
        new(SendChoice, "voice.confirm.send", "✅"),
        new(ChangeChoice, "voice.confirm.change", "✏️"),
    ];

    private static bool IsVoiceNote(Activity activity) => activity.Media.Any(media => media.IsAudio);

    /// <summary>Hears the voice note and asks the sender to confirm what was heard.</summary>
    private async Task<DialogTurnResult> HearAsync(
        DialogContext dc,
        NegotiationView view,
        Party me,
        CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var note = context.Activity.Media.First(media => media.IsAudio);
        var reading = await _voiceNotes.ReadAsync(note, context.Language, cancellationToken);
        var kind = Understand(reading, view);
        if (kind == VoiceAnswerKind.Unknown)
        {
            return NotHeard(dc, view, me, reading.Status);
        }

        if (kind == VoiceAnswerKind.Counter && reading.Amount is null)
        {
            context.Reply(Text(context, view, "voice.heard.counter.ask"));
            var ask = CounterAmount(context, view, heardMad: null);
            return await dc.BeginDialogAsync(OfferAmountDialog.DialogId, ask, cancellationToken);
        }

        if (kind == VoiceAnswerKind.Counter && reading.Amount is { } heard)
        {
            var check = CounterAmount(context, view, heard);
            if (OfferAmountDialog.NeedsConfirming(check, heard))
            {
                return await dc.BeginDialogAsync(OfferAmountDialog.DialogId, check, cancellationToken);
            }
        }

        var amount = reading.Amount ?? view.Negotiation.AmountMad;
        var state = dc.ActiveDialog!.State;
        state.Set(VoiceKindKey, kind.ToString());
        state.Set(VoiceAmountKey, amount);
        return await dc.BeginDialogAsync(
            VoiceConfirmPromptId, ConfirmPrompt(context, view, kind, amount), cancellationToken);
    }

    /// <summary>The sender tapped "send it" or "no, change" under what was heard.</summary>
    private async Task<DialogTurnResult> ConfirmHeardAsync(
        DialogContext dc,
        NegotiationView view,
        FoundChoice confirmation,
        CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var heard = Enum.TryParse<VoiceAnswerKind>(state.Get<string>(VoiceKindKey), out var kind)
            ? kind
            : VoiceAnswerKind.Unknown;
        var amount = state.Get<decimal>(VoiceAmountKey);
        state.Remove(VoiceKindKey);
        state.Remove(VoiceAmountKey);

        var me = view.PartyOf(dc.Context.Person);
        if (confirmation.Value != SendChoice || heard == VoiceAnswerKind.Unknown)
        {
            Show(dc, view);
            return DialogTurnResult.Waiting;
        }

        if (heard != VoiceAnswerKind.Counter)
        {
            var answer = heard == VoiceAnswerKind.Accept ? NegotiationMenu.Accept : NegotiationMenu.Decline;
            return await ActAsync(dc, view, me, answer, cancellationToken);
        }

        var outcome = _negotiations.Counter(view.Negotiation, view.Product, me, amount, dc.Context.Changes);
        return await AfterCounterAsync(dc, view, me, outcome, cancellationToken);
    }

    /// <summary>The answer heard; a counter-offer of the standing amount is an acceptance.</summary>
    private static VoiceAnswerKind Understand(VoiceNoteReading reading, NegotiationView view)
    {
        if (reading.Status != VoiceNoteReadingStatus.Heard)
        {
            return VoiceAnswerKind.Unknown;
        }

        return reading.Kind == VoiceAnswerKind.Counter && reading.Amount == view.Negotiation.AmountMad
            ? VoiceAnswerKind.Accept
            : reading.Kind;
    }

    private static DialogTurnResult NotHeard(
        DialogContext dc,
        NegotiationView view,
        Party me,
        VoiceNoteReadingStatus status)
    {
        var context = dc.Context;
        PassOnVoiceNote(context, view, NegotiationView.Other(me));
        context.Reply(status == VoiceNoteReadingStatus.NotConfigured ? "voice.unavailable" : "voice.not.heard");
        Show(dc, view);
        return DialogTurnResult.Waiting;
    }

    /// <summary>Sends the voice note itself to <paramref name="to"/>, with the shop and product in front.</summary>
    private static void PassOnVoiceNote(TurnContext context, NegotiationView view, Party to)
    {
        var person = view.PersonOf(to);
        var key = to == Party.Buyer ? "voice.relay.to.buyer" : "voice.relay.to.artisan";
        var audio = context.Activity.Media.Where(media => media.IsAudio).Select(media => media.Url).ToList();
        var args = NegotiationNotices.Args(context, view, person);
        context.Notify(person, new LocalizedText(key, args), NegotiationNotices.RelayKind, audio);
        NegotiationNotices.Focus(context, person, view.Id);
    }

    private static PromptOptions ConfirmPrompt(
        TurnContext context,
        NegotiationView view,
        VoiceAnswerKind kind,
        decimal amount)
    {
        var args = NegotiationNotices.Args(context, view, context.Person);
        args["amount"] = amount;
        var key = kind switch
        {
            VoiceAnswerKind.Accept => "voice.heard.accept",
            VoiceAnswerKind.Decline => "voice.heard.decline",
            _ => "voice.heard.counter",
        };

        return new PromptOptions
        {
            Prompt = new LocalizedText(key, args),
            Retry = "voice.confirm.retry",
            Choices = VoiceChoices,
        };
    }
}
