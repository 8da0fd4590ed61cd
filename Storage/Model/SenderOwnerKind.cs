namespace SoukPlay.Storage.Model;

public enum SenderOwnerKind
{
    Platform,
    Shop,
    Cooperative,
}
