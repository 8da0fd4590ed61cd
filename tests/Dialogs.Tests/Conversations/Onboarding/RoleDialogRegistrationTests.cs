using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Dialogs.Conversations.Onboarding;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Tests.Harness;

namespace SoukPlay.Dialogs.Tests.Conversations.Onboarding;

public sealed class RoleDialogRegistrationTests
{
    [Fact]
    public async Task AddDialog_RoleDialogFromAnotherRoom_ReplacesComingSoonPlaceholder()
    {
        var leader = new WaterfallDialog(RoleDialogs.Leader).AddStep((step, ct) =>
        {
            step.Context.ReplyText("leader menu");
            return step.EndDialogAsync(null, ct);
        });
        using var flow = new TestFlow(services => services.AddSingleton<Dialog>(leader));

        await flow.Send("+212600000009", "hi");
        await flow.Send("+212600000009", "1");

        await flow.Send("+212600000009", "3")
            .ExpectReply(r => r.Should().Be("👍 Bienvenue, Responsable de coopérative !"))
            .ExpectReply(r => r.Should().Be("leader menu"))
            .ExpectNoMoreReplies();
    }
}
