using System.Runtime.CompilerServices;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Harness;

/// <summary>
/// One message and what it should cause. Each <see cref="ExpectReply"/> checks the next reply to
/// the sender, in order; <see cref="ExpectNoMoreReplies"/> closes the list.
/// </summary>
public sealed class TestTurn
{
    private readonly TestFlow _flow;
    private readonly Activity _activity;
    private readonly List<Action<IReadOnlyList<OutboxMessage>>> _checks = [];
    private int _replyIndex;

    internal TestTurn(TestFlow flow, Activity activity)
    {
        _flow = flow;
        _activity = activity;
    }

    /// <summary>The message this turn sends (to vary it with <c>with</c> and run it by hand).</summary>
    public Activity Activity => _activity;

    public TestTurn ExpectReply(Action<string> assert)
    {
        var index = _replyIndex++;
        _checks.Add(messages =>
        {
            var replies = messages.Where(m => m.IsReply).ToList();
            replies.Should().HaveCountGreaterThan(
                index, "reply {0} was expected to \"{1}\"", index + 1, _activity.Text);
            assert(replies[index].Body);
        });
        return this;
    }

    public TestTurn ExpectNoMoreReplies()
    {
        var count = _replyIndex;
        _checks.Add(messages => messages.Count(m => m.IsReply).Should().Be(count, "no other reply was expected"));
        return this;
    }

    public TestTurn ExpectNotification(string phone, Action<string> assert)
    {
        _checks.Add(messages =>
        {
            var note = messages.Where(m => !m.IsReply && m.ToPersonId == phone).ToList();
            note.Should().NotBeEmpty("a message to {0} was expected", phone);
            assert(note[0].Body);
        });
        return this;
    }

    /// <summary>Sends the message, then checks every expectation.</summary>
    public TaskAwaiter GetAwaiter() => RunAsync().GetAwaiter();

    private async Task RunAsync()
    {
        var messages = await _flow.RunAsync(_activity);
        foreach (var check in _checks)
        {
            check(messages);
        }
    }
}
