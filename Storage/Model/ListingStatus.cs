namespace SoukPlay.Storage.Model;

public enum ListingStatus
{
    /// <summary>Visible to buyers and counted in the zone share.</summary>
    Listed,

    /// <summary>Refused for now by the urban share; listed when room opens.</summary>
    WaitingForRoom,

    SoldOut,

    Withdrawn,
}
