namespace SoukPlay.Storage.Model;

public enum BroadcastKind
{
    Announcement,
    Ballot,
}
