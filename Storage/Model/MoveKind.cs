namespace SoukPlay.Storage.Model;

public enum MoveKind
{
    Offer,
    Counter,
    Accept,
    Decline,
    Expire,
}
