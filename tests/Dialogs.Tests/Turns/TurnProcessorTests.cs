using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Turns;

public sealed class TurnProcessorTests : IDisposable
{
    private const string Phone = "+212600000007";

    private readonly TestFlow _flow = new(
        services => SoukPlay.Dialogs.Engine.DialogServiceCollectionExtensions.AddDialog<CounterDialog>(services),
        turns => turns.MainDialogId = CounterDialog.DialogId);

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task Process_NewPerson_CreatedWithChannelBotNumberAndTimes()
    {
        var activity = Activity("SMnew", "hi") with { ProfileName = "Fatima", Channel = Channel.Sms };

        await _flow.RunAsync(activity);

        var person = _flow.Person(Phone)!;
        person.LastChannel.Should().Be(Channel.Sms);
        person.LastBotNumber.Should().Be(TestFlow.BotNumber);
        person.ProfileName.Should().Be("Fatima");
        person.CreatedAt.Should().Be(_flow.Clock.GetUtcNow());
        person.LastInboundAt.Should().Be(_flow.Clock.GetUtcNow());
        person.Version.Should().Be(1);
    }

    [Fact]
    public async Task Process_Replies_WrittenAsPendingOutboxWithDeterministicIds()
    {
        var outcome = await _flow.Processor.ProcessAsync(Activity("SMabc", "tell nobody") with { Text = "hi" });

        var reply = outcome.Replies.Should().ContainSingle().Subject;
        reply.Id.Should().Be("SMabc-1");
        reply.Body.Should().Be("count=1");
        reply.IsReply.Should().BeTrue();
        reply.Priority.Should().Be(0);
        reply.CausedBy.Should().Be("SMabc");
        reply.Status.Should().Be(OutboxStatus.Pending);
        reply.NotBefore.Should().Be(_flow.Clock.GetUtcNow());
        reply.Channel.Should().Be(Channel.WhatsApp);
        reply.FromNumber.Should().Be(TestFlow.BotNumber);
        _flow.Store.Outbox().Select(m => m.Id).Should().Equal("SMabc-1");
    }

    [Fact]
    public async Task Process_Notify_RenderedInRecipientLanguageOnTheirChannel()
    {
        await CommitAsync(CounterDialog.Recipient("+212611111111", "ary", Channel.Sms, "+212522999999"));

        var messages = await _flow.RunAsync(Activity("SMn", "tell +212611111111"));

        var note = messages.Single(m => !m.IsReply);
        note.ToPersonId.Should().Be("+212611111111");
        note.Body.Should().Be("👍 مرحبا بيك، \u2068Fatima\u2069!");
        note.Channel.Should().Be(Channel.Sms);
        note.FromNumber.Should().Be("+212522999999");
        note.Priority.Should().Be(1);
        note.Kind.Should().Be("test.notice");
        messages.Select(m => m.Id).Should().Equal("SMn-1", "SMn-2");
    }

    [Fact]
    public async Task Process_NotifyOptedOutPerson_SendsNothingToThem()
    {
        var recipient = CounterDialog.Recipient("+212611111111", "fr", Channel.Sms, TestFlow.BotNumber);
        recipient.OptedOut = true;
        await CommitAsync(recipient);

        var messages = await _flow.RunAsync(Activity("SMo", "tell +212611111111"));

        messages.Should().OnlyContain(m => m.ToPersonId == Phone);
    }

    [Fact]
    public async Task Process_LongReply_SplitIntoNumberedPartsInSequence()
    {
        var messages = await _flow.RunAsync(Activity("SMlong", "long"));

        messages.Select(m => m.Id).Should().Equal("SMlong-1", "SMlong-2", "SMlong-3", "SMlong-4");
        messages.Select(m => m.Sequence).Should().Equal(1, 2, 3, 4);
        messages[0].Body.Should().StartWith("(1/3) Un tapis");
        messages[2].Body.Should().StartWith("(3/3) ");
        messages[3].Body.Should().Be("count=1");
        messages.Should().OnlyContain(m => m.Body.Length <= 1600);
    }

    [Fact]
    public async Task Process_DialogsSayNothing_FallbackHelpInPersonLanguage()
    {
        await _flow.Send(Phone, "quiet")
            .ExpectReply(r => r.Should().StartWith("🤔 Je n'ai pas compris"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Process_CommitConflict_RerunsFromFreshReadAndKeepsOtherWrite()
    {
        await _flow.Send(Phone, "one");
        var raced = false;
        _flow.Store.BeforeCommit = async _ =>
        {
            if (raced)
            {
                return;
            }

            raced = true;
            var other = (await _flow.Store.GetPersonAsync(Phone))!;
            other.AllowSmsFallback = true;
            await _flow.Store.CommitAsync(new ChangeSet().Put(other));
        };

        await _flow.Send(Phone, "two").ExpectReply(r => r.Should().Be("count=2"));

        _flow.Store.Conflicts.Should().Be(1);
        _flow.Person(Phone)!.AllowSmsFallback.Should().BeTrue();
        _flow.LastMessages.Select(m => m.Id).Should().Equal("SM000002-1");
        (await CounterDialog.SavedCountAsync(_flow.Store, Phone)).Should().Be(2);
    }

    [Fact]
    public async Task Process_ConflictEveryTime_GivesUpAfterThreeAttempts()
    {
        _flow.Store.BeforeCommit = async changes =>
        {
            var person = changes.Puts.OfType<Person>().Single();
            var copy = (await _flow.Store.GetPersonAsync(person.Id)) ?? new Person { Id = person.Id };
            await _flow.Store.CommitAsync(new ChangeSet().Put(copy));
        };

        var process = () => _flow.Processor.ProcessAsync(Activity("SMx", "hi"));

        await process.Should().ThrowAsync<ConcurrencyConflictException>();
        _flow.Store.Conflicts.Should().Be(3);
        _flow.Store.Outbox().Should().NotContain(m => m.CausedBy == "SMx");
    }

    [Fact]
    public async Task Process_TwoMessagesSamePhoneAtOnce_OneProcessor_NoUpdateLost()
    {
        await _flow.Send(Phone, "one");

        await Task.WhenAll(
            Task.Run(() => _flow.Processor.ProcessAsync(Activity("SMa", "a"))),
            Task.Run(() => _flow.Processor.ProcessAsync(Activity("SMb", "b"))));

        (await CounterDialog.SavedCountAsync(_flow.Store, Phone)).Should().Be(3);
        _flow.Store.Conflicts.Should().Be(0, "the per-person lock runs them one after the other");
        _flow.Store.Outbox().Select(m => m.Body).Should().BeEquivalentTo(["count=1", "count=2", "count=3"]);
    }

    [Fact]
    public async Task Process_TwoMessagesSamePhoneAtOnce_TwoProcesses_ConflictRetriedNoUpdateLost()
    {
        await _flow.Send(Phone, "one");
        var other = NewProcessor();
        var bothRead = new Barrier(2);
        var arrivals = 0;
        _flow.Store.BeforeCommit = _ =>
        {
            if (Interlocked.Increment(ref arrivals) <= 2)
            {
                bothRead.SignalAndWait(TimeSpan.FromSeconds(5)).Should().BeTrue("both turns read first");
            }

            return Task.CompletedTask;
        };

        var first = Task.Run(() => _flow.Processor.ProcessAsync(Activity("SMa", "a")));
        var second = Task.Run(() => other.ProcessAsync(Activity("SMb", "b")));
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(20));

        _flow.Store.Conflicts.Should().BeGreaterThan(0);
        (await CounterDialog.SavedCountAsync(_flow.Store, Phone)).Should().Be(3);
        _flow.Store.Outbox().Where(m => m.CausedBy is "SMa" or "SMb").Select(m => m.Body)
            .Should().BeEquivalentTo(["count=2", "count=3"]);
    }

    private TurnProcessor NewProcessor()
    {
        var dialogs = new DialogSet([new CounterDialog()]);
        var options = Options.Create(new TurnOptions { MainDialogId = CounterDialog.DialogId });
        return new TurnProcessor(
            _flow.Store,
            dialogs,
            MessageCatalog.LoadEmbedded(),
            _flow.Clock,
            options,
            NullLogger<TurnProcessor>.Instance);
    }

    private Task CommitAsync(Person person) => _flow.Store.CommitAsync(new ChangeSet().Put(person));

    private Activity Activity(string id, string text) => new()
    {
        MessageId = id,
        From = Phone,
        To = TestFlow.BotNumber,
        Channel = Channel.WhatsApp,
        Text = text,
        ReceivedAt = _flow.Clock.GetUtcNow(),
    };
}
