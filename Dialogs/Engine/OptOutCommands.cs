namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// STOP, START and HELP, before any dialog runs. A stop word (anywhere; the words of
/// <c>optout.words.stop.idle</c>, such as Darija "بلاش", which is also an everyday "no", or
/// "cancel", "quit" and Spanish "parar", which a buyer may well say in a negotiation, only when no
/// question waits for an answer and no negotiation is waiting for the person) opts the person out
/// and answers only the confirmation. An opted-out person's START opts them in again; HELP
/// answers a short help; anything else gets at most one "send START to come back" a day
/// (<see cref="NoticeInterval"/>) and otherwise nothing.
/// </summary>
public static class OptOutCommands
{
    public const string StoppedKey = "optout.stopped";
    public const string StartedKey = "optout.started";
    public const string NoticeKey = "optout.notice";
    public const string HelpKey = "optout.help";
    public const string IdleStopWordsKey = "optout.words.stop.idle";

    /// <summary>The least time between two "send START" notices to an opted-out person.</summary>
    public static readonly TimeSpan NoticeInterval = TimeSpan.FromDays(1);

    /// <summary>
    /// Handles the turn when it is a stop, or when the person opted out; false when the dialogs
    /// should run as usual.
    /// </summary>
    public static bool TryHandle(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var context = dc.Context;
        var text = context.Activity.Text;
        var command = GlobalCommands.Match(text, context.Catalog);
        if (command == GlobalCommand.Stop
            || (IsIdle(dc) && GlobalCommands.IsWord(text, IdleStopWordsKey, context.Catalog)))
        {
            Stop(dc);
            return true;
        }

        if (!context.Person.OptedOut)
        {
            return false;
        }

        if (GlobalCommands.IsWord(text, GlobalCommands.StartWordsKey, context.Catalog))
        {
            context.Person.OptedOut = false;
            context.Person.OptOutNoticeAt = null;
            context.Reply(StartedKey);
        }
        else if (command == GlobalCommand.Help)
        {
            context.Reply(HelpKey);
        }
        else if (context.Person.OptOutNoticeAt is not { } lastNotice || context.Now - lastNotice >= NoticeInterval)
        {
            context.Person.OptOutNoticeAt = context.Now;
            context.Reply(NoticeKey);
        }

        return true;
    }

    private static bool IsIdle(DialogContext dc) =>
        dc.ActiveDialog is null && string.IsNullOrEmpty(dc.Context.Person.FocusNegotiationId);

    private static void Stop(DialogContext dc)
    {
        dc.CancelAllDialogs();
        dc.Context.Person.OptedOut = true;
        dc.Context.Person.OptOutNoticeAt = null;

        // Whatever was waiting for this person's answer is not shown again after START, so a
        // bare "1" then must not accept an offer they never saw.
        dc.Context.Person.FocusNegotiationId = null;
        dc.Context.Person.PendingBallotId = null;
        dc.Context.Reply(StoppedKey);
    }
}
