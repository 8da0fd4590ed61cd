namespace SoukPlay.Storage.Model;

public enum MembershipStatus
{
    Invited,
    Active,
    Declined,
    Left,
    Removed,
}
