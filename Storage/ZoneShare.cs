using SoukPlay.Storage.Model;

namespace SoukPlay.Storage;

/// <summary>How many products are listed now, per zone.</summary>
public readonly record struct ZoneShare(int Rural, int PeriUrban, int Urban)
{
    public int Total => Rural + PeriUrban + Urban;

    public int Of(Zone zone) => zone switch
    {
        Zone.Rural => Rural,
        Zone.PeriUrban => PeriUrban,
        _ => Urban,
    };
}
