using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SoukPlay.Dialogs.Conversations.Artisan;
using SoukPlay.Dialogs.Conversations.Buyer;
using SoukPlay.Dialogs.Conversations.Negotiation;
using SoukPlay.Dialogs.Conversations.Onboarding;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Market;
using SoukPlay.Dialogs.Tests.Conversations.Projects;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Harness;

/// <summary>
/// Drives the real <see cref="TurnProcessor"/> by text, turn by turn, as phones would:
/// <c>await flow.Send("+212600000001", "hello").ExpectReply(r =&gt; r.Should().Contain("..."));</c>
/// Every turn commits to the store, so state survives between turns exactly as it would in the
/// host; <see cref="Restart"/> builds a new processor over the same store.
/// </summary>
public sealed class TestFlow : IDisposable
{
    public const string BotNumber = "+212522000000";

    private readonly Action<IServiceCollection>? _configure;
    private readonly Action<TurnOptions>? _configureTurns;
    private ServiceProvider _services;
    private int _messages;

    public TestFlow(Action<IServiceCollection>? configure = null, Action<TurnOptions>? configureTurns = null)
    {
        _configure = configure;
        _configureTurns = configureTurns;

        Store = new LiteDbTestStore();
        _services = Build();
    }

    public LiteDbTestStore Store { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public ITurnProcessor Processor => _services.GetRequiredService<ITurnProcessor>();

    public IMessageCatalog Catalog => _services.GetRequiredService<IMessageCatalog>();

    /// <summary>The messages written by the last turn, replies and notifications, in order.</summary>
    public IReadOnlyList<OutboxMessage> LastMessages { get; private set; } = [];

    /// <summary>Stands for a process restart: a new container and processor, the same store.</summary>
    public void Restart()
    {
        _services.Dispose();
        _services = Build();
    }

    /// <summary>Prepares one inbound message; awaiting the result sends it and runs the expectations.</summary>
    public TestTurn Send(
        string phone,
        string text,
        Channel channel = Channel.WhatsApp,
        params MediaAttachment[] media)
    {
        var activity = new Activity
        {
            MessageId = $"SM{Interlocked.Increment(ref _messages):D6}",
            From = phone,
            To = BotNumber,
            Channel = channel,
            Text = text,
            Media = media,
            ReceivedAt = Clock.GetUtcNow(),
        };

        return new TestTurn(this, activity);
    }

    /// <summary>Runs <paramref name="activity"/> through the processor (for hand-made activities).</summary>
    public async Task<IReadOnlyList<OutboxMessage>> RunAsync(Activity activity)
    {
        await Processor.ProcessAsync(activity);
        LastMessages = [.. Store.Outbox().Where(m => m.CausedBy == activity.MessageId).OrderBy(m => m.Sequence)];
        return LastMessages;
    }

    public Person? Person(string phone) => Store.GetPersonAsync(phone).GetAwaiter().GetResult();

    public void Dispose()
    {
        _services.Dispose();
        Store.Dispose();
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IMarketStore>(Store);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IAmountRecognizer, AmountRecognizer>();
        services.AddDialogEngine(_configureTurns);
        services.AddOnboarding();
        services.AddMarket(new ConfigurationBuilder().Build());
        services.AddArtisanConversations();
        services.AddBuyerConversations().AddNegotiation();
        services.AddCommunityForTests(Store);
        _configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
