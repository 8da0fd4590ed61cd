using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Tests.Delivery;
using SoukPlay.Dialogs.Conversations.Cooperatives;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Community;

/// <summary>
/// A cooperative invitation answered with one digit from the middle of the person's own menu,
/// through the host as it is wired (signed webhooks, the real registration order).
/// </summary>
public sealed class InvitationInterruptionFlowTests : IDisposable
{
    private const string Leader = "+212600000061";
    private const string Omar = "+212600000062";

    private readonly ScriptedTwilioApi _api = new();
    private readonly DeliveryHost _host;
    private readonly CommunityChat _chat;

    public InvitationInterruptionFlowTests()
    {
        _host = new DeliveryHost(_api.Url).Started();
        _chat = new CommunityChat(_host.CreateClient());
    }

    public void Dispose()
    {
        _host.Dispose();
        _api.Dispose();
    }

    [Fact]
    public void Host_Interruptions_InvitationThenBallotThenNegotiation()
    {
        var options = _host.Services.GetRequiredService<IOptions<TurnOptions>>().Value;

        options.Interruptions.Select(i => i.DialogId).Should()
            .Equal(InvitationAnswerDialog.DialogId, BallotAnswerDialog.DialogId, DialogRunner.FocusDialogId);
    }

    [Fact]
    public async Task Invitation_OneInTheMiddleOfTheBuyersMenu_JoinsThenTheMenuComesBack()
    {
        await _host.CommitAsync(Someone(Leader, Role.Leader), Someone(Omar, Role.Buyer));
        var menu = (await _chat.SendAsync(Omar, "bonjour")).Should().ContainSingle().Subject;
        await _chat.SendAsync(Leader, "bonjour");
        await _chat.SendAsync(Leader, "Tifawin");
        await _chat.SendAsync(Leader, "1");
        (await _chat.SendAsync(Leader, Omar)).Should().Contain(r => r.Contains("Invitation envoyée"));

        var answer = await _chat.SendAsync(Omar, "1");

        answer.Should().HaveCount(2);
        answer[0].Should().Contain("Bienvenue dans « Tifawin »");
        answer[1].Should().Be(menu);
        var cooperative = (await ((Storage.ICommunityStore)_host.Market).FindCooperativeByLeaderAsync(Leader))!;
        var membership = await ((Storage.ICommunityStore)_host.Market)
            .GetMembershipAsync(Membership.IdFor(cooperative.Id, Omar));
        membership!.Status.Should().Be(MembershipStatus.Active);
    }

    private static Person Someone(string phone, Role role) => new()
    {
        Id = phone,
        Language = "fr",
        Role = role,
        LastChannel = Channel.WhatsApp,
        LastBotNumber = DeliveryHost.ShopNumber,
        CreatedAt = TimeProvider.System.GetUtcNow().AddDays(-1),
        LastInboundAt = TimeProvider.System.GetUtcNow().AddMinutes(-1),
    };
}
