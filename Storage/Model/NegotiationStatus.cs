namespace SoukPlay.Storage.Model;

public enum NegotiationStatus
{
    Open,
    Accepted,
    Declined,
    Expired,
}
