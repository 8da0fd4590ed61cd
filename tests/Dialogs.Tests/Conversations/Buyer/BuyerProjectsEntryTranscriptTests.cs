using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Tests.Projects;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Conversations.Buyer;

public sealed class BuyerProjectsEntryTranscriptTests : IDisposable
{
    private readonly TestFlow _flow = new();
    private readonly CommunityWorld _world;

    public BuyerProjectsEntryTranscriptTests()
    {
        _world = new CommunityWorld(_flow.Store, _flow.Clock);
    }

    public void Dispose()
    {
        _world.Dispose();
        _flow.Dispose();
    }

    [Fact]
    public async Task CodeQuestion_FirstEntry_OpensProjects()
    {
        await SeedAsync(_flow);
        await SeedBuyerAsync(_flow, "en");
        await _world.OpenAsync();

        await _flow.Send(BuyerPhone, "hello")
            .ExpectReply(r => r.Should().Contain("Send the code of the shop")
                .And.Contain("1️⃣ 🤝 Community projects"))
            .ExpectNoMoreReplies();
        await _flow.Send(BuyerPhone, "1")
            .ExpectReply(r => r.Should().Contain("Community projects. What do you want to do")
                .And.Contain("2️⃣ 🗳️ Vote"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task CodeQuestion_ShopCode_StillEntersTheShop()
    {
        await SeedAsync(_flow);
        await SeedBuyerAsync(_flow, "en");

        await _flow.Send(BuyerPhone, "hello");
        await _flow.Send(BuyerPhone, ShopCode)
            .ExpectReply(r => r.Should().Be("🏪 Welcome to Atelier Fatima!"));
    }
}
