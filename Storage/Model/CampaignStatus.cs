namespace SoukPlay.Storage.Model;

public enum CampaignStatus
{
    Open,
    Closed,
}
