using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Dialogs.Conversations.Negotiation;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Tests.Projects;

public sealed class CommunityServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCommunity_BeforeOrAfterAddNegotiation_InvitationThenBallotThenNegotiation()
    {
        string[] expected = [InvitationAnswerDialog.DialogId, BallotAnswerDialog.DialogId, DialogRunner.FocusDialogId];

        InterruptionOrder(communityFirst: true).Should().Equal(expected);
        InterruptionOrder(communityFirst: false).Should().Equal(expected);
    }

    [Fact]
    public void AddCommunity_CalledTwice_RegistersEachInterruptionOnce()
    {
        var services = new ServiceCollection().AddDialogEngine();
        services.AddCommunity(new ConfigurationBuilder().Build());
        services.AddCommunity(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IOptions<TurnOptions>>().Value.Interruptions.Select(i => i.DialogId)
            .Should().Equal(InvitationAnswerDialog.DialogId, BallotAnswerDialog.DialogId);
    }

    private static IEnumerable<string> InterruptionOrder(bool communityFirst)
    {
        var services = new ServiceCollection().AddDialogEngine();
        var configuration = new ConfigurationBuilder().Build();
        if (communityFirst)
        {
            services.AddCommunity(configuration).AddNegotiation();
        }
        else
        {
            services.AddNegotiation().AddCommunity(configuration);
        }

        using var provider = services.BuildServiceProvider();
        return [.. provider.GetRequiredService<IOptions<TurnOptions>>().Value.Interruptions.Select(i => i.DialogId)];
    }
}
