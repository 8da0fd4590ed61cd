using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Tests.Projects;

namespace SoukPlay.Dialogs.Tests.Conversations.Artisan;

public sealed class ArtisanProjectsEntryTranscriptTests : IDisposable
{
    private const string Phone = "+212600000041";

    private readonly TestFlow _flow = new();
    private readonly CommunityWorld _world;

    public ArtisanProjectsEntryTranscriptTests()
    {
        _world = new CommunityWorld(_flow.Store, _flow.Clock);
    }

    public void Dispose()
    {
        _world.Dispose();
        _flow.Dispose();
    }

    [Fact]
    public async Task Menu_FifthEntry_OpensProjectsThenMenuComesBack()
    {
        await _world.OpenAsync();
        await ArtisanJourney.OpenShopAsync(_flow, Phone);

        await _flow.Send(Phone, "menu")
            .ExpectReply(r => r.Should().Contain("5️⃣ 🤝 Projets de la communauté"));
        await _flow.Send(Phone, "9").ExpectReply(r => r.Should().Contain("1, 2, 3, 4 ou 5"));
        await _flow.Send(Phone, "5")
            .ExpectReply(r => r.Should().Contain("Projets de la communauté. Que voulez-vous faire")
                .And.Contain("1️⃣ 📝 Proposer un projet"))
            .ExpectNoMoreReplies();
        await _flow.Send(Phone, "4")
            .ExpectReply(r => r.Should().Contain("Classement de « Printemps 2027 »"))
            .ExpectReply(r => r.Should().Contain("🧑‍🎨 Que voulez-vous faire"));
    }
}
