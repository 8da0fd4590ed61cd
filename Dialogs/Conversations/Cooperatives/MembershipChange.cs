namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>How adding, answering, leaving or removing went.</summary>
public enum MembershipChange
{
    Done,

    /// <summary>The person is already invited or active.</summary>
    AlreadyMember,

    /// <summary>Nothing to answer, leave or remove.</summary>
    NotFound,
}
