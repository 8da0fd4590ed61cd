namespace SoukPlay.Dialogs.Turns;

/// <summary>
/// Runs one turn: loads the person and their dialog state, runs the dialogs, and commits state,
/// domain changes and every message the turn owes (replies included) to the outbox, together.
/// </summary>
public interface ITurnProcessor
{
    /// <summary>
    /// Processes <paramref name="activity"/>. The replies to the sender are also in the outbox as
    /// pending messages with <c>IsReply</c> set, so that they are sent by REST if nobody answers
    /// them inline first.
    /// </summary>
    Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken = default);
}
