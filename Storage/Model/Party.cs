namespace SoukPlay.Storage.Model;

/// <summary>A side of a negotiation.</summary>
public enum Party
{
    Buyer,
    Artisan,
}
