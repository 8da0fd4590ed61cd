namespace SoukPlay.Dialogs.Market;

/// <summary>Whether a product can be listed now under the urban share.</summary>
public enum ListingDecision
{
    Listed,
    WaitingForRoom,
}
