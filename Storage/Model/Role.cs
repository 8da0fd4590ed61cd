namespace SoukPlay.Storage.Model;

public enum Role
{
    None,
    Artisan,
    Buyer,
    Leader,
}
