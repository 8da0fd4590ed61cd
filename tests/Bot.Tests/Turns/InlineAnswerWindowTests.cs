using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoukPlay.Bot.Turns;
using SoukPlay.Bot.Twilio;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Tests.Turns;

public sealed class InlineAnswerWindowTests
{
    private static readonly DateTimeOffset TurnStart = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(TurnStart);
    private readonly InlineAnswerWindow _window;

    public InlineAnswerWindowTests() =>
        _window = new InlineAnswerWindow(
            Options.Create(new TwilioOptions { InlineReplyBudget = TimeSpan.FromSeconds(1) }),
            _time);

    [Fact]
    public void MayAnswer_ReplyOfAnotherHostsWebhookWithinTheBudget_IsLeftAloneThenReleased()
    {
        var reply = Reply("SM-other-host");

        _time.Advance(TimeSpan.FromMilliseconds(900));
        _window.MayAnswer(reply).Should().BeTrue("its own webhook, on another host, may still claim it");

        _time.Advance(TimeSpan.FromMilliseconds(200));
        _window.MayAnswer(reply).Should().BeFalse("past the budget that webhook has answered or given up");
    }

    [Fact]
    public void MayAnswer_ReplyWhoseWebhookWaitsHere_IsLeftAlonePastTheBudget()
    {
        var reply = Reply("SM-here");
        _window.Open("SM-here");
        _time.Advance(TimeSpan.FromSeconds(5));

        _window.MayAnswer(reply).Should().BeTrue();

        _window.Close("SM-here");
        _window.MayAnswer(reply).Should().BeFalse();
    }

    [Fact]
    public void MayAnswer_Notification_NeverHeldBack()
    {
        var notice = Reply("SM-1");
        notice.IsReply = false;

        _window.MayAnswer(notice).Should().BeFalse();
    }

    private static OutboxMessage Reply(string causedBy) =>
        new() { Id = causedBy + "-0", IsReply = true, CausedBy = causedBy, CreatedAt = TurnStart };
}
