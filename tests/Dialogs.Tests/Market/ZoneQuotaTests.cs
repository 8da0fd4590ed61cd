using SoukPlay.Dialogs.Market;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Market;

public sealed class ZoneQuotaTests
{
    [Theory]
    [InlineData(0, 0, 0, false)]
    [InlineData(2, 0, 0, false)]
    [InlineData(2, 0, 1, false)]
    [InlineData(7, 0, 2, true)]
    [InlineData(4, 3, 2, true)]
    [InlineData(4, 3, 3, false)]
    public void HasRoomFor_Urban_KeepsShareAtOrUnderThirtyPercent(int rural, int periUrban, int urban, bool room)
    {
        var share = new ZoneShare(rural, periUrban, urban);

        ZoneQuota.HasRoomFor(share, Zone.Urban, 0.30).Should().Be(room);
    }

    [Theory]
    [InlineData(Zone.Rural)]
    [InlineData(Zone.PeriUrban)]
    public void HasRoomFor_NonUrban_AlwaysTrue(Zone zone)
    {
        ZoneQuota.HasRoomFor(new ZoneShare(0, 0, 50), zone, 0.30).Should().BeTrue();
    }
}
