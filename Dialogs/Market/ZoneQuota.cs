using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Market;

/// <summary>
/// The catalogue's balance rule: urban makers' products may be at most a set share (30%) of the
/// listed products. Rural and peri-urban products are always welcome.
/// </summary>
public static class ZoneQuota
{
    /// <summary>
    /// Whether one more product from <paramref name="zone"/> keeps the urban share at or under
    /// <paramref name="maxUrbanShare"/>. With an empty catalogue the first urban product waits:
    /// alone it would be 100% of the listings.
    /// </summary>
    public static bool HasRoomFor(ZoneShare listed, Zone zone, double maxUrbanShare)
    {
        if (zone != Zone.Urban)
        {
            return true;
        }

        var urbanAfter = listed.Urban + 1;
        var totalAfter = listed.Total + 1;
        return urbanAfter <= maxUrbanShare * totalAfter + 1e-9;
    }

    /// <summary>The share of urban products among <paramref name="listed"/>, 0 when empty.</summary>
    public static double UrbanShare(ZoneShare listed) =>
        listed.Total == 0 ? 0 : (double)listed.Urban / listed.Total;
}
