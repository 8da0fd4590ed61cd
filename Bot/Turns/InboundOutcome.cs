namespace SoukPlay.Bot.Turns;

/// <summary>What became of one inbound message at the moment the channel must answer.</summary>
public enum InboundOutcome
{
    /// <summary>The turn finished in time; the replies claimed for the inline answer are attached.</summary>
    Answered,

    /// <summary>The turn goes on after the answer; its replies will be sent by REST.</summary>
    Deferred,

    /// <summary>The message id was already claimed; nothing was done.</summary>
    Duplicate,

    /// <summary>The turn failed; the claim was released so that a redelivery is handled.</summary>
    Failed,
}
