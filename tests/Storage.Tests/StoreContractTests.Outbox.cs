using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset Noon = Samples.Morning.AddHours(3);

    [SkippableFact]
    public async Task ListDueAsync_PendingMessages_OrdersByPriorityThenCreatedThenSequence()
    {
        await Store.CommitAsync(
            Samples.Outbox("broadcast", priority: 5, createdAt: Samples.Morning),
            Samples.Outbox("later-part-2", createdAt: Samples.Morning.AddMinutes(2), sequence: 2),
            Samples.Outbox("later-part-1", createdAt: Samples.Morning.AddMinutes(2), sequence: 1),
            Samples.Outbox("first", createdAt: Samples.Morning.AddMinutes(1).ToOffset(TimeSpan.FromHours(-10))));

        var due = await Store.Outbox.ListDueAsync(Noon, 10);

        due.Select(m => m.Id).Should().Equal("first", "later-part-1", "later-part-2", "broadcast");
    }

    [SkippableFact]
    public async Task ListDueAsync_NotBeforeAndStatus_ReturnsOnlyPendingMessagesWhoseTimeHasCome()
    {
        await Store.CommitAsync(
            Samples.Outbox("due-now", notBefore: Noon.ToOffset(TimeSpan.FromHours(4))),
            Samples.Outbox("due-earlier", notBefore: Noon.AddTicks(-1)),
            Samples.Outbox("waiting", notBefore: Noon.AddTicks(1)),
            Samples.Outbox("sending", status: OutboxStatus.Sending),
            Samples.Outbox("sent", status: OutboxStatus.Sent));

        var due = await Store.Outbox.ListDueAsync(Noon, 10);

        due.Select(m => m.Id).Should().BeEquivalentTo("due-now", "due-earlier");
    }

    [SkippableFact]
    public async Task ListDueAsync_MoreThanMax_ReturnsTheFirstMax()
    {
        await Store.CommitAsync(
            [.. Enumerable.Range(0, 5).Select(i => Samples.Outbox($"o-{i}", sequence: 4 - i))]);

        var due = await Store.Outbox.ListDueAsync(Noon, 2);

        due.Select(m => m.Id).Should().Equal("o-4", "o-3");
    }

    [SkippableFact]
    public async Task ListCausedByAsync_OneTurnsMessages_ReturnsThemInSequence()
    {
        await Store.CommitAsync(
            Samples.Outbox("b", sequence: 2, causedBy: "SM1"),
            Samples.Outbox("a", sequence: 1, causedBy: "SM1"),
            Samples.Outbox("other", sequence: 0, causedBy: "SM2"),
            Samples.Outbox("none", causedBy: null));

        var caused = await Store.Outbox.ListCausedByAsync("SM1");

        caused.Select(m => m.Id).Should().Equal("a", "b");
    }

    [SkippableFact]
    public async Task ListForPersonAsync_MessagesToSeveralPeople_ReturnsTheirsOldestFirst()
    {
        await Store.CommitAsync(
            Samples.Outbox("second", toPersonId: "+1", createdAt: Samples.Morning.AddMinutes(1)),
            Samples.Outbox("first", toPersonId: "+1", createdAt: Samples.Morning),
            Samples.Outbox("not-theirs", toPersonId: "+2"));

        var messages = await Store.Outbox.ListForPersonAsync("+1");

        messages.Select(m => m.Id).Should().Equal("first", "second");
    }

    [SkippableFact]
    public async Task ListRecentAsync_ManyMessages_ReturnsNewestFirstUpToMax()
    {
        await Store.CommitAsync(
            [
                .. Enumerable.Range(0, 6)
                    .Select(i => Samples.Outbox($"o-{i}", createdAt: Samples.Morning.AddMinutes(i))),
            ]);

        var recent = await Store.Outbox.ListRecentAsync(3);

        recent.Select(m => m.Id).Should().Equal("o-5", "o-4", "o-3");
    }

    [SkippableFact]
    public async Task FindByProviderSidAsync_SentMessage_FindsIt()
    {
        var message = Samples.Outbox();
        await Store.CommitAsync(message, Samples.Outbox("o-2"));
        message.ProviderSid = "SMabc";
        message.Status = OutboxStatus.Queued;
        await Store.Outbox.TryUpdateAsync(message);

        var found = await Store.Outbox.FindByProviderSidAsync("SMabc");

        found!.Id.Should().Be("o-1");
        (await Store.Outbox.FindByProviderSidAsync("SMzzz")).Should().BeNull();
    }

    [SkippableFact]
    public async Task TryUpdateAsync_CurrentVersion_SavesAndIncrements()
    {
        var message = Samples.Outbox();
        await Store.CommitAsync(message);
        message.Status = OutboxStatus.Sending;
        message.Attempts++;

        var updated = await Store.Outbox.TryUpdateAsync(message);

        updated.Should().BeTrue();
        message.Version.Should().Be(2);
        var stored = await Store.Outbox.GetAsync(message.Id);
        stored!.Status.Should().Be(OutboxStatus.Sending);
        stored.Attempts.Should().Be(3);
        stored.Version.Should().Be(2);
    }

    [SkippableFact]
    public async Task TryUpdateAsync_StaleVersion_ReturnsFalseAndWritesNothing()
    {
        await Store.CommitAsync(Samples.Outbox());
        var first = (await Store.Outbox.GetAsync("o-1"))!;
        var second = (await Store.Outbox.GetAsync("o-1"))!;
        first.Status = OutboxStatus.Sending;
        await Store.Outbox.TryUpdateAsync(first);
        second.Status = OutboxStatus.Failed;

        var updated = await Store.Outbox.TryUpdateAsync(second);

        updated.Should().BeFalse();
        second.Version.Should().Be(1);
        (await Store.Outbox.GetAsync("o-1"))!.Status.Should().Be(OutboxStatus.Sending);
    }

    [SkippableFact]
    public async Task TryUpdateAsync_MessageNeverSaved_ReturnsFalseAndCreatesNothing()
    {
        var updated = await Store.Outbox.TryUpdateAsync(Samples.Outbox());

        updated.Should().BeFalse();
        (await Store.Outbox.GetAsync("o-1")).Should().BeNull();
    }

    [SkippableFact]
    public async Task TryUpdateAsync_ManySendersClaimingOneMessage_ExactlyOneWins()
    {
        await Store.CommitAsync(Samples.Outbox());
        var copies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Store.Outbox.GetAsync("o-1")));

        var results = await InParallelAsync(copies.Length, index =>
        {
            copies[index]!.Status = OutboxStatus.Sending;
            return Store.Outbox.TryUpdateAsync(copies[index]!);
        });

        results.Count(won => won).Should().Be(1);
    }

    [SkippableFact]
    public async Task ListByKindAsync_BroadcastMessages_ReturnsThemInAnyStatusInOrder()
    {
        await Store.CommitAsync(
            KindOf(Samples.Outbox("m-2", sequence: 2, status: OutboxStatus.Delivered), "broadcast:b-1"),
            KindOf(Samples.Outbox("m-1", sequence: 1, status: OutboxStatus.Failed), "broadcast:b-1"),
            KindOf(Samples.Outbox("m-0", createdAt: Samples.Morning.AddTicks(-1)), "broadcast:b-1"),
            KindOf(Samples.Outbox("other-broadcast"), "broadcast:b-10"),
            Samples.Outbox("reply"));

        var messages = await Store.Outbox.ListByKindAsync("broadcast:b-1");

        messages.Select(m => (m.Id, m.Status)).Should().Equal(
            ("m-0", OutboxStatus.Pending),
            ("m-1", OutboxStatus.Failed),
            ("m-2", OutboxStatus.Delivered));
        (await Store.Outbox.ListByKindAsync("broadcast:b-404")).Should().BeEmpty();
    }

    [SkippableFact]
    public async Task CountPendingAsync_MixedStatuses_CountsPendingDueOrNot()
    {
        await Store.CommitAsync(
            Samples.Outbox("due"),
            Samples.Outbox("later", notBefore: Samples.Morning.AddDays(1)),
            Samples.Outbox("sending", status: OutboxStatus.Sending),
            Samples.Outbox("sent", status: OutboxStatus.Sent),
            Samples.Outbox("failed", status: OutboxStatus.Failed));

        var pending = await Store.Outbox.CountPendingAsync();

        pending.Should().Be(2);
    }

    [SkippableFact]
    public async Task CountPendingAsync_MessageClaimedBySender_NoLongerCounts()
    {
        var message = Samples.Outbox();
        await Store.CommitAsync(message);
        message.Status = OutboxStatus.Sending;

        await Store.Outbox.TryUpdateAsync(message);

        (await Store.Outbox.CountPendingAsync()).Should().Be(0);
    }

    private static OutboxMessage KindOf(OutboxMessage message, string kind)
    {
        message.Kind = kind;

        return message;
    }
}
