namespace SoukPlay.Dialogs.Projects;

/// <summary>How a campaign or project action went.</summary>
public enum CommunityResult
{
    Done,

    /// <summary>A campaign is already open; close it first.</summary>
    AlreadyOpen,

    NotFound,

    /// <summary>The campaign was closed before.</summary>
    AlreadyClosed,

    /// <summary>No campaign takes projects or votes now.</summary>
    NoOpenCampaign,

    /// <summary>The project was approved or rejected before.</summary>
    NotPending,

    /// <summary>A number or text given is out of range.</summary>
    Invalid,
}
