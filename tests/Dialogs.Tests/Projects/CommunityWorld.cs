using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Projects;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Projects;

/// <summary>A <see cref="CampaignService"/> over a real LiteDB file and a fake clock, with seeding helpers.</summary>
public sealed class CommunityWorld : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly bool _ownsStore;

    public CommunityWorld(CampaignOptions? options = null)
        : this(new LiteDbTestStore(), new FakeTimeProvider(Start), options)
    {
        _ownsStore = true;
    }

    /// <summary>
    /// Works on a chat flow's store and clock (the flow disposes them); titles shown as written
    /// unless a <paramref name="presenter"/> is given.
    /// </summary>
    public CommunityWorld(
        LiteDbTestStore store,
        FakeTimeProvider clock,
        CampaignOptions? options = null,
        IProjectTextPresenter? presenter = null)
    {
        Store = store;
        Clock = clock;
        var notices = new CommunityNotices(MessageCatalog.LoadEmbedded(), Options.Create(new TurnOptions()));
        Campaigns = new CampaignService(
            Store.Inner,
            Store,
            notices,
            presenter ?? new PassThroughProjectTextPresenter(),
            Clock,
            Options.Create(options ?? new CampaignOptions()),
            NullLogger<CampaignService>.Instance);
    }

    public LiteDbTestStore Store { get; }

    public FakeTimeProvider Clock { get; }

    public CampaignService Campaigns { get; }

    /// <summary>Runs <paramref name="action"/> on a fresh change set and commits it.</summary>
    public async Task<T> CommitAsync<T>(Func<ChangeSet, Task<T>> action)
    {
        var changes = new ChangeSet();
        var result = await action(changes);
        await Store.CommitAsync(changes);
        return result;
    }

    public Person SeedPerson(
        string phone,
        string language,
        Channel channel = Channel.WhatsApp,
        Role role = Role.Artisan)
    {
        var person = new Person
        {
            Id = phone,
            Language = language,
            Role = role,
            LastChannel = channel,
            LastBotNumber = TestFlow.BotNumber,
        };
        Store.CommitAsync(new ChangeSet().Put(person)).GetAwaiter().GetResult();
        return person;
    }

    public async Task<Campaign> OpenAsync(int projectsToFund = 2, int maxVotes = 3)
    {
        var outcome = await CommitAsync(changes =>
            Campaigns.OpenAsync(new OpenCampaignRequest("Printemps 2027", projectsToFund, maxVotes), changes));
        return outcome.Campaign!;
    }

    /// <summary>Submits a project by <paramref name="submitter"/> and approves it.</summary>
    public async Task<SocialProject> ApprovedProjectAsync(
        string submitter,
        string title,
        string? description = null,
        string descriptionLanguage = "fr")
    {
        var draft = new ProjectDraft(
            title, description ?? $"{title}, description", descriptionLanguage, null, "Tafraout", 20_000, null);
        var submitted = await CommitAsync(changes => Campaigns.SubmitAsync(submitter, draft, changes));
        Clock.Advance(TimeSpan.FromMinutes(1));
        await CommitAsync(changes => Campaigns.DecideAsync(submitted.Project!.Id, approve: true, changes));
        return submitted.Project!;
    }

    public Task<VoteResult> VoteAsync(string member, SocialProject project) =>
        CommitAsync(changes => Campaigns.VoteAsync(member, project.Id, changes));

    public void Dispose()
    {
        if (_ownsStore)
        {
            Store.Dispose();
        }
    }
}
