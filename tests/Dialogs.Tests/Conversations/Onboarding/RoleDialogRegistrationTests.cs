using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Dialogs.Conversations.Onboarding;
using SoukPlay.Dialogs.Engine;

namespace SoukPlay.Dialogs.Tests.Conversations.Onboarding;

public sealed class RoleDialogRegistrationTests
{
    [Fact]
    public void AddDialog_DialogWithAPlaceholdersId_ReplacesThePlaceholder()
    {
        var real = new WaterfallDialog("test.role");
        var services = new ServiceCollection()
            .AddPlaceholderDialog(new ComingSoonDialog("test.role"))
            .AddSingleton<Dialog>(real)
            .AddDialogEngine();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<DialogSet>().Find("test.role").Should().BeSameAs(real);
    }

    [Fact]
    public void AddPlaceholderDialog_NoOtherDialogWithItsId_IsUsed()
    {
        var placeholder = new ComingSoonDialog("test.role");
        using var provider = new ServiceCollection()
            .AddPlaceholderDialog(placeholder)
            .AddDialogEngine()
            .BuildServiceProvider();

        provider.GetRequiredService<DialogSet>().Find("test.role").Should().BeSameAs(placeholder);
    }
}
