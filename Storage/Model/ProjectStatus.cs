namespace SoukPlay.Storage.Model;

public enum ProjectStatus
{
    /// <summary>Submitted; nobody can vote for it until an administrator approves it.</summary>
    PendingApproval,

    Approved,

    Rejected,
}
