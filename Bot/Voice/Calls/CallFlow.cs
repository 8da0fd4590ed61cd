using System.Globalization;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Outbox;
using SoukPlay.Bot.Twilio;
using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Dialogs.Conversations.Negotiation;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;
using Twilio.TwiML;
using Twilio.TwiML.Voice;
using GatherInput = Twilio.TwiML.Voice.Gather.InputEnum;
using TwilioHttpMethod = Twilio.Http.HttpMethod;

namespace SoukPlay.Bot.Voice.Calls;

/// <summary>
/// A phone call about pending offers and ballots: the caller is recognised by number, hears each offer that
/// waits for their answer in their language, and answers with the keypad or their voice:
/// 1 accept, 2 counter-offer (amount, then 1 to confirm or 2 to retry), 3 decline, 9 repeat.
/// Each answer goes through <see cref="NegotiationService"/> as in chat and is committed with the
/// messages that tell the other side (a deal is also written to the caller, with its number, and
/// opens the deal's chat; a counter-offer no better than the other side's amount is warned about
/// and the offer menu comes again, as in chat), under ids made of the CallSid and the step, so
/// that a callback Twilio sends again writes nothing twice. With no offer left and a ballot unanswered,
/// the caller hears the ballot's projects and votes with one key (<c>CallFlow.Ballot.cs</c>).
/// </summary>
/// <remarks>
/// The state of the call is in the action URLs (negotiation, amount, attempt), which the
/// signature covers. Known shortcomings: a callback retried after its answer was committed hears
/// "no longer open" instead of the first answer; offers are read oldest first, one at a time.
/// </remarks>
public sealed partial class CallFlow
{
    private readonly IMarketStore _store;
    private readonly NegotiationService _negotiations;
    private readonly CooperativeService _cooperatives;
    private readonly IProjectTextPresenter _projectTexts;
    private readonly IAmountRecognizer _amounts;
    private readonly IMessageCatalog _catalog;
    private readonly CallPrompts _prompts;
    private readonly OutboxSignal _outbox;
    private readonly TimeProvider _time;
    private readonly CallOptions _options;
    private readonly string _publicBase;
    private readonly string _defaultLanguage;
    private readonly ILogger<CallFlow> _logger;

    public CallFlow(
        IMarketStore store,
        NegotiationService negotiations,
        CooperativeService cooperatives,
        IProjectTextPresenter projectTexts,
        IAmountRecognizer amounts,
        IMessageCatalog catalog,
        CallPrompts prompts,
        OutboxSignal outbox,
        TimeProvider time,
        IOptions<CallOptions> options,
        IOptions<TwilioOptions> twilio,
        IOptions<TurnOptions> turns,
        ILogger<CallFlow> logger)
    {
        ArgumentNullException.ThrowIfNull(twilio);
        ArgumentNullException.ThrowIfNull(turns);
        ArgumentNullException.ThrowIfNull(options);

        _store = store ?? throw new ArgumentNullException(nameof(store));
        _negotiations = negotiations ?? throw new ArgumentNullException(nameof(negotiations));
        _cooperatives = cooperatives ?? throw new ArgumentNullException(nameof(cooperatives));
        _projectTexts = projectTexts ?? throw new ArgumentNullException(nameof(projectTexts));
        _amounts = amounts ?? throw new ArgumentNullException(nameof(amounts));
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _prompts = prompts ?? throw new ArgumentNullException(nameof(prompts));
        _outbox = outbox ?? throw new ArgumentNullException(nameof(outbox));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _options = options.Value;
        _publicBase = twilio.Value.PublicBase;
        _defaultLanguage = turns.Value.DefaultLanguage;
    }

    /// <summary>The TwiML answer to one callback of the call.</summary>
    public async Task<VoiceResponse> AnswerAsync(CallRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var caller = await _store.GetPersonAsync(request.From, cancellationToken);
        if (caller is null)
        {
            return Goodbye(_defaultLanguage, "call.unknown");
        }

        var language = string.IsNullOrEmpty(caller.Language) ? _defaultLanguage : caller.Language;
        var call = new Call(request, caller, language);
        return request.Step switch
        {
            CallStep.Answer => await AnswerMenuAsync(call, cancellationToken),
            CallStep.Amount => await AnswerAmountAsync(call, cancellationToken),
            CallStep.Confirm => await ConfirmAmountAsync(call, cancellationToken),
            CallStep.Ballot => await AnswerBallotAsync(call, cancellationToken),
            _ => await NextOfferAsync(call, null, cancellationToken),
        };
    }

    /// <summary>The apology a caller hears when something went wrong; never an error page.</summary>
    public VoiceResponse Apology(string? language = null) => Goodbye(language ?? _defaultLanguage, "call.apology");

    private async Task<VoiceResponse> AnswerMenuAsync(Call call, CancellationToken cancellationToken)
    {
        var view = await LoadAwaitingAsync(call, cancellationToken);
        if (view is null)
        {
            return await NextOfferAsync(call, "call.closed", cancellationToken);
        }

        switch (MenuChoice(call))
        {
            case "1":
                return await CommitAsync(call, view, "accept", cancellationToken);
            case "2":
                return AskAmount(call, view.Id, null, 0);
            case "3":
                return await CommitAsync(call, view, "decline", cancellationToken);
            case "9":
                return ReadOffer(call, view, null, 0);
            default:
                return call.Request.Attempt >= _options.MaxRetries
                    ? Goodbye(call.Language, "call.goodbye")
                    : ReadOffer(call, view, "call.reask", call.Request.Attempt + 1);
        }
    }

    private async Task<VoiceResponse> AnswerAmountAsync(Call call, CancellationToken cancellationToken)
    {
        var view = await LoadAwaitingAsync(call, cancellationToken);
        if (view is null)
        {
            return await NextOfferAsync(call, "call.closed", cancellationToken);
        }

        var heard = _amounts.Recognize(call.Request.Input, call.Language);
        if (heard.Value is decimal amount && amount > 0)
        {
            return OfferChecks.GivesAway(view.Negotiation, view.PartyOf(call.Caller), amount)
                ? WarnCounter(call, view, amount)
                : AskConfirmation(call, view.Id, amount, 0);
        }

        return call.Request.Attempt >= _options.MaxRetries
            ? Goodbye(call.Language, "call.goodbye")
            : AskAmount(call, view.Id, "call.reask", call.Request.Attempt + 1);
    }

    private async Task<VoiceResponse> ConfirmAmountAsync(Call call, CancellationToken cancellationToken)
    {
        var view = await LoadAwaitingAsync(call, cancellationToken);
        if (view is null || call.Request.Amount is not decimal amount)
        {
            return await NextOfferAsync(call, "call.closed", cancellationToken);
        }

        switch (MenuChoice(call))
        {
            case "1":
                return await CommitAsync(call, view, "counter", cancellationToken, amount);
            case "2":
                return AskAmount(call, view.Id, null, 0);
            default:
                return call.Request.Attempt >= _options.MaxRetries
                    ? Goodbye(call.Language, "call.goodbye")
                    : AskConfirmation(call, view.Id, amount, call.Request.Attempt + 1);
        }
    }

    /// <summary>
    /// Reads the next offer waiting for the caller, else their unanswered ballot, else says there
    /// is nothing and hangs up.
    /// </summary>
    private async Task<VoiceResponse> NextOfferAsync(
        Call call,
        string? before,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, object?>? beforeArgs = null)
    {
        var open = await _store.ListOpenNegotiationsAsync(call.Caller.Id, cancellationToken);
        foreach (var negotiation in open.OrderBy(n => n.OpenedAt))
        {
            var view = await LoadAsync(call, negotiation.Id, cancellationToken);
            if (view is not null && view.Negotiation.AwaitingAnswerFrom == view.PartyOf(call.Caller))
            {
                return ReadOffer(call, view, before, 0, beforeArgs);
            }
        }

        if (await ReadBallotAsync(call, before, beforeArgs, 0, cancellationToken) is { } ballot)
        {
            return ballot;
        }

        var response = new VoiceResponse();
        if (before is not null)
        {
            AppendAll(response, _prompts.Speak(call.Language, before, beforeArgs));
        }

        AppendAll(response, _prompts.Speak(call.Language, before is null ? "call.nothing" : "call.goodbye"));
        return response.Hangup();
    }

    private VoiceResponse ReadOffer(
        Call call,
        NegotiationView view,
        string? before,
        int attempt,
        IReadOnlyDictionary<string, object?>? beforeArgs = null)
    {
        var me = view.PartyOf(call.Caller);
        var key = me == Party.Artisan ? "call.offer.artisan" : "call.offer.buyer";
        var args = NegotiationNotices.Args(Context(call, "read"), view, call.Caller);
        var gather = Gather(call, CallStep.Answer, $"n={Escape(view.Id)}&t={attempt}", numDigits: 1);
        if (before is not null)
        {
            AppendAll(gather, _prompts.Speak(call.Language, before, beforeArgs));
        }

        AppendAll(gather, _prompts.Speak(call.Language, key, args));
        AppendAll(gather, _prompts.Speak(call.Language, "call.menu"));
        return new VoiceResponse().Append(gather);
    }

    private VoiceResponse AskAmount(Call call, string negotiationId, string? before, int attempt)
    {
        var gather = Gather(call, CallStep.Amount, $"n={Escape(negotiationId)}&t={attempt}", finishOnKey: "#");
        if (before is not null)
        {
            AppendAll(gather, _prompts.Speak(call.Language, before));
        }

        AppendAll(gather, _prompts.Speak(call.Language, "call.amount.ask"));
        return new VoiceResponse().Append(gather);
    }

    private VoiceResponse AskConfirmation(Call call, string negotiationId, decimal amount, int attempt)
    {
        var a = amount.ToString(CultureInfo.InvariantCulture);
        var query = $"n={Escape(negotiationId)}&a={a}&t={attempt}";
        var gather = Gather(call, CallStep.Confirm, query, numDigits: 1);
        var args = new Dictionary<string, object?> { ["amount"] = amount };
        AppendAll(gather, _prompts.Speak(call.Language, "call.amount.heard", args));
        return new VoiceResponse().Append(gather);
    }

    /// <summary>
    /// A counter-offer no better for the caller than the other side's amount: says both amounts and
    /// offers the offer menu again, where 1 accepts that amount and 2 asks for another price.
    /// </summary>
    private VoiceResponse WarnCounter(Call call, NegotiationView view, decimal amount)
    {
        var key = view.PartyOf(call.Caller) == Party.Artisan ? "call.counter.low" : "call.counter.high";
        var args = new Dictionary<string, object?> { ["price"] = view.Negotiation.AmountMad, ["amount"] = amount };
        var gather = Gather(call, CallStep.Answer, $"n={Escape(view.Id)}&t=0", numDigits: 1);
        AppendAll(gather, _prompts.Speak(call.Language, key, args));
        return new VoiceResponse().Append(gather);
    }

    private Gather Gather(Call call, string step, string query, int? numDigits = null, string? finishOnKey = null) =>
        new(
            input: [GatherInput.Dtmf, GatherInput.Speech],
            action: new Uri($"{_publicBase}{TwilioVoiceEndpoint.Path}/{step}?{query}"),
            method: TwilioHttpMethod.Post,
            timeout: _options.GatherTimeoutSeconds,
            numDigits: numDigits,
            finishOnKey: finishOnKey,
            language: CallPrompts.RecognitionLanguage(call.Language),
            actionOnEmptyResult: true);

    private async Task<VoiceResponse> CommitAsync(
        Call call,
        NegotiationView view,
        string answer,
        CancellationToken cancellationToken,
        decimal amount = 0)
    {
        var step = amount > 0 ? $"{answer}-{amount}" : answer;
        var context = Context(call, $"{step}-{view.Id}");
        view = await NegotiationView.LoadAsync(context, view.Id, cancellationToken) ?? view;
        var me = view.PartyOf(call.Caller);
        var other = NegotiationView.Other(me);
        var outcome = answer switch
        {
            "accept" => _negotiations.Accept(view.Negotiation, view.Product, me, context.Changes),
            "decline" => _negotiations.Decline(view.Negotiation, me, context.Changes),
            _ => _negotiations.Counter(view.Negotiation, view.Product, me, amount, context.Changes),
        };

        if (outcome.Result == NegotiationResult.InvalidAmount)
        {
            return AskAmount(call, view.Id, "call.reask", 0);
        }

        var said = Tell(context, view, other, outcome);
        foreach (var message in OutboxComposer.Compose(context.Activity.MessageId, context.Outgoing, context.Now))
        {
            context.Changes.Put(message);
        }

        if (!context.Changes.IsEmpty)
        {
            await _store.CommitAsync(context.Changes, cancellationToken);
            _outbox.Notify();
        }

        Log.CallAnswered(_logger, call.Request.CallSid, view.Id, outcome.Result, context.Outgoing.Count);
        var args = NegotiationNotices.Args(context, view, call.Caller);
        args["amount"] = outcome.Deal?.PriceMad ?? outcome.Negotiation?.AmountMad ?? view.Negotiation.AmountMad;
        return await NextOfferAsync(call, said, cancellationToken, args);
    }

    /// <summary>Puts the notices to the other side in the turn and returns the key the caller hears.</summary>
    private static string Tell(
        TurnContext context,
        NegotiationView view,
        Party other,
        NegotiationOutcome outcome)
    {
        switch (outcome.Result)
        {
            case NegotiationResult.Countered:
                NegotiationNotices.CounterTo(context, view, other);
                return "call.counter.sent";
            case NegotiationResult.Accepted or NegotiationResult.AcceptedAutomatically:
                var deal = view with { Deal = outcome.Deal };
                NegotiationNotices.DealTo(context, deal, other);
                NegotiationNotices.DealTo(context, deal, NegotiationView.Other(other));
                DealChat.Open(context, deal);
                return "call.deal";
            case NegotiationResult.Declined:
                NegotiationNotices.DeclinedTo(context, view, other);
                Unfocus(context, view);
                return "call.declined";
            case NegotiationResult.DeclinedAutomatically:
                Unfocus(context, view);
                return "call.declined";
            default:
                return "call.closed";
        }
    }

    private static void Unfocus(TurnContext context, NegotiationView view)
    {
        NegotiationNotices.Unfocus(context, view.Buyer, view.Id);
        NegotiationNotices.Unfocus(context, view.Artisan, view.Id);
    }

    private VoiceResponse Goodbye(string language, string key)
    {
        var response = new VoiceResponse();
        AppendAll(response, _prompts.Speak(language, key));
        return response.Hangup();
    }

    private async Task<NegotiationView?> LoadAwaitingAsync(Call call, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(call.Request.NegotiationId))
        {
            return null;
        }

        var view = await LoadAsync(call, call.Request.NegotiationId, cancellationToken);
        return view is { IsOpen: true } && view.Negotiation.AwaitingAnswerFrom == view.PartyOf(call.Caller)
            ? view
            : null;
    }

    private async Task<NegotiationView?> LoadAsync(Call call, string id, CancellationToken cancellationToken)
    {
        var view = await NegotiationView.LoadAsync(Context(call, "read"), id, cancellationToken);
        return view is not null && (view.Buyer.Id == call.Caller.Id || view.Artisan.Id == call.Caller.Id)
            ? view
            : null;
    }

    /// <summary>
    /// A turn for the call's answer: its id is the CallSid and the step, so a retry writes the
    /// same ids.
    /// </summary>
    private TurnContext Context(Call call, string step, string text = "")
    {
        var now = _time.GetUtcNow();
        var activity = new Activity
        {
            MessageId = $"{call.Request.CallSid}-{step}",
            From = call.Caller.Id,
            To = call.Request.To,
            Channel = call.Caller.LastChannel,
            Text = text,
            ReceivedAt = now,
        };
        return new TurnContext(activity, call.Caller, _store, new ChangeSet(), _catalog, now, _defaultLanguage);
    }

    /// <summary>The menu digit: a key pressed, else a digit or menu word heard.</summary>
    private string MenuChoice(Call call)
    {
        var input = call.Request.Input;
        if (input.Length > 0 && char.IsAsciiDigit(input[0]))
        {
            return input[..1];
        }

        var spoken = _amounts.Recognize(input, call.Language);
        if (spoken.Value is decimal number && number is >= 1 and <= 9)
        {
            return ((int)number).ToString(CultureInfo.InvariantCulture);
        }

        return NegotiationMenu.Recognize(input, _catalog, call.Language) switch
        {
            NegotiationMenu.Accept => "1",
            NegotiationMenu.Counter => "2",
            NegotiationMenu.Decline => "3",
            _ => "",
        };
    }

    private static void AppendAll(TwiML parent, IEnumerable<TwiML> children)
    {
        foreach (var child in children)
        {
            parent.Append(child);
        }
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private sealed record Call(CallRequest Request, Person Caller, string Language);
}
