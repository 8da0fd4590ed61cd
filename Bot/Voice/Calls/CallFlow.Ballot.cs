using System.Globalization;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Storage.Model;
using Twilio.TwiML;

namespace SoukPlay.Bot.Voice.Calls;

/// <summary>
/// Voting by phone for members with basic phones: the ballot the caller was sent and has not
/// answered (<see cref="Person.PendingBallotId"/>) is read as "press 1 for ..., press 2 for ...",
/// each project's title in the caller's language (<see cref="IProjectTextPresenter"/>, as in chat);
/// one key votes through <see cref="Dialogs.Conversations.Cooperatives.CooperativeService"/> as a
/// reply by message would, 0 reads the list again.
/// </summary>
/// <remarks>
/// Known shortcomings: with recorded prompts (Darija, Tamazight) a recording cannot hold a
/// project's title, so the caller hears the numbers without the titles unless the recording is
/// missing and text-to-speech reads the catalogue text; the Tamazight wording awaits review by a
/// native speaker. A callback retried after its vote was committed hears "already answered". A
/// title not yet in the translation cache is translated while Twilio waits for the answer, so
/// the first caller of a language may wait up to the translator's timeout (the title is then
/// read as written).
/// </remarks>
public sealed partial class CallFlow
{
    private async Task<VoiceResponse> AnswerBallotAsync(Call call, CancellationToken cancellationToken)
    {
        var ballot = call.Request.BallotId is { } id && id == call.Caller.PendingBallotId
            ? await _cooperatives.Store.GetBroadcastAsync(id, cancellationToken)
            : null;
        if (ballot is null)
        {
            return await NextOfferAsync(call, "call.ballot.answered", cancellationToken);
        }

        var projects = await _cooperatives.BallotProjectsAsync(ballot, cancellationToken);
        var choice = BallotChoice(call);
        if (choice == 0)
        {
            return await ReadBallotAsync(call, null, null, 0, cancellationToken)
                ?? await NextOfferAsync(call, "call.ballot.closed", cancellationToken);
        }

        if (choice is { } number && number <= projects.Count)
        {
            return await VoteAsync(call, ballot, number, cancellationToken);
        }

        return call.Request.Attempt >= _options.MaxRetries
            ? Goodbye(call.Language, "call.goodbye")
            : await ReadBallotAsync(call, "call.reask", null, call.Request.Attempt + 1, cancellationToken)
                ?? await NextOfferAsync(call, "call.ballot.closed", cancellationToken);
    }

    /// <summary>Votes for the project of that number, commits under the CallSid, says how it went.</summary>
    private async Task<VoiceResponse> VoteAsync(Call call, Broadcast ballot, int number, CancellationToken ct)
    {
        var digit = number.ToString(CultureInfo.InvariantCulture);
        var context = Context(call, $"ballot-{ballot.Id}-{digit}", digit);
        if (await _cooperatives.AnswerBallotAsync(context, ct) is not { } answered)
        {
            return await NextOfferAsync(call, "call.ballot.closed", ct);
        }

        context.Changes.Put(call.Caller);
        await _store.CommitAsync(context.Changes, ct);
        Log.BallotAnswered(_logger, call.Request.CallSid, ballot.Id, answered.Project.Id, answered.Result);
        var said = answered.Result switch
        {
            VoteResult.Recorded => "call.ballot.recorded",
            VoteResult.AlreadyVoted => "call.ballot.already",
            VoteResult.LimitReached => "call.ballot.limit",
            _ => "call.ballot.closed",
        };
        var title = await _projectTexts.TitleAsync(answered.Project, call.Language, ct);
        var args = new Dictionary<string, object?> { ["title"] = title };
        return await NextOfferAsync(call, said, ct, args);
    }

    /// <summary>
    /// The caller's unanswered ballot read as a one-key menu, or null when there is none to read
    /// (none sent, its campaign closed, no project on it).
    /// </summary>
    private async Task<VoiceResponse?> ReadBallotAsync(
        Call call,
        string? before,
        IReadOnlyDictionary<string, object?>? beforeArgs,
        int attempt,
        CancellationToken cancellationToken)
    {
        var store = _cooperatives.Store;
        var ballot = call.Caller.PendingBallotId is { } id
            ? await store.GetBroadcastAsync(id, cancellationToken)
            : null;
        var campaign = ballot?.CampaignId is { } campaignId
            ? await store.GetCampaignAsync(campaignId, cancellationToken)
            : null;
        if (ballot is null || campaign is null || !VoteRules.IsOpen(campaign, _time.GetUtcNow()))
        {
            return null;
        }

        var projects = await _cooperatives.BallotProjectsAsync(ballot, cancellationToken);
        if (projects.Count == 0)
        {
            return null;
        }

        var gather = Gather(call, CallStep.Ballot, $"b={Escape(ballot.Id)}&t={attempt}", numDigits: 1);
        if (before is not null)
        {
            AppendAll(gather, _prompts.Speak(call.Language, before, beforeArgs));
        }

        var intro = new Dictionary<string, object?> { ["campaign"] = campaign.Title };
        AppendAll(gather, _prompts.Speak(call.Language, "call.ballot.intro", intro));
        for (var i = 0; i < projects.Count; i++)
        {
            var title = await _projectTexts.TitleAsync(projects[i], call.Language, cancellationToken);
            var line = new Dictionary<string, object?> { ["number"] = i + 1, ["title"] = title };
            AppendAll(gather, _prompts.Speak(call.Language, "call.ballot.project", line));
        }

        AppendAll(gather, _prompts.Speak(call.Language, "call.ballot.menu"));
        return new VoiceResponse().Append(gather);
    }

    /// <summary>The key pressed, else a number from 0 to 9 heard; null for anything else.</summary>
    private int? BallotChoice(Call call)
    {
        var input = call.Request.Input;
        if (input.Length > 0 && char.IsAsciiDigit(input[0]))
        {
            return input[0] - '0';
        }

        var spoken = _amounts.Recognize(input, call.Language);
        return spoken.Value is decimal number && number is >= 0 and <= 9 && number == decimal.Truncate(number)
            ? (int)number
            : null;
    }
}
