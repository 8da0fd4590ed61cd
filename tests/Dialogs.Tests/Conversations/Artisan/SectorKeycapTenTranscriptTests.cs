using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Conversations.Artisan;

/// <summary>The sector menu writes its options 10–12 as "10." "11." "12.": the keycap 🔟 picks 10.</summary>
public sealed class SectorKeycapTenTranscriptTests : IDisposable
{
    private const string Phone = "+212600000131";

    private readonly TestFlow _flow = new();

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task SectorMenu_KeycapTen_PicksBasketry()
    {
        await ArtisanJourney.OnboardAsync(_flow, Phone);

        await _flow.Send(Phone, "🔟")
            .ExpectReply(r => r.Should().Contain("Où travaillez-vous"))
            .ExpectNoMoreReplies();
        await _flow.Send(Phone, "1");
        await _flow.Send(Phone, "Paniers de Tiznit");

        (await _flow.Store.FindShopByOwnerAsync(Phone))!.Sector.Should().Be(CraftSector.Basketry);
    }
}
