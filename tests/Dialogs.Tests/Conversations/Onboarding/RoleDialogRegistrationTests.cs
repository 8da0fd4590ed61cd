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
        var artisan = new WaterfallDialog(RoleDialogs.Artisan).AddStep((step, ct) =>
        {
            step.Context.ReplyText("artisan menu");
            return step.EndDialogAsync(null, ct);
        });
        using var flow = new TestFlow(services => services.AddSingleton<Dialog>(artisan));

        await flow.Send("+212600000009", "hi");
        await flow.Send("+212600000009", "1");

        await flow.Send("+212600000009", "1")
            .ExpectReply(r => r.Should().Be("👍 Bienvenue, Artisan !"))
            .ExpectReply(r => r.Should().Be("artisan menu"))
            .ExpectNoMoreReplies();
    }
}
