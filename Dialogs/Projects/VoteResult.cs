namespace SoukPlay.Dialogs.Projects;

public enum VoteResult
{
    Recorded,

    /// <summary>The member already votes for this project; nothing changed.</summary>
    AlreadyVoted,

    /// <summary>The member has used every vote; they may move one instead.</summary>
    LimitReached,

    CampaignClosed,

    /// <summary>The project is not approved, or belongs to another campaign.</summary>
    NotOpenForVotes,

    /// <summary>The member had no vote for the project to withdraw.</summary>
    NoSuchVote,

    Withdrawn,

    Moved,
}
