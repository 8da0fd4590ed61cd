namespace SoukPlay.Bot.Outbox;

/// <summary>How a send ended, as far as the provider let us know.</summary>
public enum SendOutcome
{
    /// <summary>The provider took the message and gave it an id.</summary>
    Accepted,

    /// <summary>The provider refused it for good (a 4xx), or could never have received it.</summary>
    Rejected,

    /// <summary>
    /// The provider may have taken it (a timeout, a 5xx, a connection cut after the request
    /// went): its message log must be checked before sending again.
    /// </summary>
    Ambiguous,
}
