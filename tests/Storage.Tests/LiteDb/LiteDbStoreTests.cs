using SoukPlay.Tests.Support;
using LiteDB;
using SoukPlay.Storage.LiteDb;
using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests.LiteDb;

/// <summary>What the LiteDB engine does beyond the store contract.</summary>
public sealed class LiteDbStoreTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Constructor_MissingFolder_CreatesIt()
    {
        var path = Path.Combine(_file.Folder, "nested", "deeper", "market.db");

        using var store = new LiteDbStore(new LiteDbOptions { Path = path });

        File.Exists(path).Should().BeTrue();
        store.FilePath.Should().Be(path);
    }

    [Fact]
    public void Constructor_RelativePath_StartsFromTheBaseDirectory()
    {
        using var store = new LiteDbStore(new LiteDbOptions { Path = "data/x.db" }, baseDirectory: _file.Folder);

        store.FilePath.Should().Be(Path.Combine(_file.Folder, "data", "x.db"));
        File.Exists(store.FilePath).Should().BeTrue();
    }

    [Fact]
    public void Constructor_FileAlreadyOpenInThisProcess_Throws()
    {
        using var first = Open();

        var second = Open;

        second.Should().Throw<InvalidOperationException>().WithMessage("*already open*");
    }

    [Fact]
    public async Task Constructor_FileHeldByAnotherProcess_ThrowsAndLeavesTheFileAlone()
    {
        using (var store = Open())
        {
            await store.CommitAsync(new ChangeSet().Put(Samples.Person()));
        }

        var before = await File.ReadAllBytesAsync(_file.FilePath);
        using (await OtherProcess.HoldLockAsync(_file.FilePath + ".lock"))
        {
            var second = Open;

            second.Should().Throw<InvalidOperationException>()
                .WithMessage("*in use by another process*Storage:LiteDb:Path*");
        }

        (await File.ReadAllBytesAsync(_file.FilePath)).Should().Equal(before);
        using var reopened = Open();
        (await reopened.GetPersonAsync("+212612345678")).Should().NotBeNull("the lock ends with its process");
    }

    [Fact]
    public async Task Constructor_OpenStore_IsSeenAsBusyByAnotherProcess()
    {
        using var store = Open();

        var exitCode = await OtherProcess.TryLockAsync(_file.FilePath + ".lock");

        exitCode.Should().Be(1, "flock --nonblock fails while this process owns the file");
    }

    [Fact]
    public async Task Dispose_Twice_IsHarmlessAndTheFileCanBeOpenedAgain()
    {
        var store = Open();
        await store.CommitAsync(new ChangeSet().Put(Samples.Person()));

        store.Dispose();
        store.Dispose();

        using var reopened = Open();
        (await reopened.GetPersonAsync("+212612345678")).Should().NotBeNull();
    }

    [Fact]
    public async Task GetPersonAsync_AfterDispose_ThrowsObjectDisposed()
    {
        var store = Open();
        store.Dispose();

        var read = () => store.GetPersonAsync("+212612345678");

        await read.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task CommitAsync_UnknownEntityType_ThrowsArgumentExceptionAndWritesNothing()
    {
        using var store = Open();
        var changes = new ChangeSet().Put(Samples.Person()).Put(new UnknownEntity { Id = "x" });

        var commit = () => store.CommitAsync(changes);

        await commit.Should().ThrowAsync<ArgumentException>().WithMessage("*UnknownEntity*");
        (await store.GetPersonAsync("+212612345678")).Should().BeNull();
    }

    [Fact]
    public async Task CommitAsync_TwoInstancesOfOneEntity_ThrowsArgumentException()
    {
        using var store = Open();
        var changes = new ChangeSet().Put(Samples.Person()).Put(Samples.Person());

        var commit = () => store.CommitAsync(changes);

        await commit.Should().ThrowAsync<ArgumentException>().WithMessage("*two instances*+2126****678*");
    }

    [Fact]
    public async Task CommitAsync_WriteFailsAfterEarlierWrites_RollsThemBack()
    {
        using var store = Open();
        var tooLarge = Samples.Outbox();
        tooLarge.Body = new string('x', 20_000_000);
        var person = Samples.Person();
        var changes = new ChangeSet().Put(person).Put(tooLarge);

        var commit = () => store.CommitAsync(changes);

        await commit.Should().ThrowAsync<LiteException>();
        (await store.GetPersonAsync(person.Id)).Should().BeNull();
        person.Version.Should().Be(0);
        await store.CommitAsync(new ChangeSet().Put(person));
        person.Version.Should().Be(1);
    }

    [Fact]
    public async Task CommitAsync_DateTimeOffset_StoredAsUtcTicksAndOffset()
    {
        using (var store = Open())
        {
            await store.CommitAsync(new ChangeSet().Put(Samples.Person()));
        }

        using var raw = new LiteDatabase(new ConnectionString { Filename = _file.FilePath });
        var document = raw.GetCollection("Person").FindById("+212612345678");

        document["CreatedAt"]["UtcTicks"].AsInt64.Should().Be(Samples.Morning.UtcTicks);
        document["CreatedAt"]["OffsetMinutes"].AsInt32.Should().Be(60);
        document["Role"].AsString.Should().Be(nameof(Role.Artisan));
        document["Version"].AsInt32.Should().Be(1);
    }

    [Fact]
    public void Constructor_NewFile_CreatesTheLookupIndexes()
    {
        using (Open())
        {
        }

        using var raw = new LiteDatabase(new ConnectionString { Filename = _file.FilePath });
        var indexes = raw.GetCollection("$indexes").FindAll()
            .Select(index => $"{index["collection"].AsString}.{index["name"].AsString}")
            .ToList();

        indexes.Should().Contain(
        [
            "Shop.OwnerId",
            "Product.ShopId",
            "Product.Status",
            "Negotiation.BuyerId",
            "Negotiation.ArtisanId",
            "Negotiation.ExpiresAt",
            "OutboxMessage.Status",
            "OutboxMessage.NotBefore",
            "OutboxMessage.ProviderSid",
            "OutboxMessage.ToPersonId",
            "OutboxMessage.CausedBy",
            "OutboxMessage.Kind",
            "InboundMessage.ReceivedAt",
            "Campaign.Status",
            "SocialProject.CampaignId",
            "SocialProject.CampaignStatus",
            "Vote.CampaignId",
            "Vote.CampaignMember",
            "Cooperative.LeaderId",
            "Membership.CooperativeId",
            "Membership.PersonId",
        ]);
    }

    [Theory]
    [InlineData("Vote", LiteDbIndexes.VoteCampaignMember, "c-1|+1", "$.MemberId", "CampaignMember")]
    [InlineData(
        "SocialProject",
        LiteDbIndexes.ProjectCampaignStatus,
        "c-1|Approved",
        "$.Status",
        "CampaignStatus")]
    public async Task CompoundKey_QueriedFirstBesideItsFields_IsTheIndexLiteDbUses(
        string collection,
        string compound,
        string key,
        string field,
        string expectedIndex)
    {
        using (var store = Open())
        {
            var changes = new ChangeSet().Put(CommunitySamples.Vote("+1")).Put(CommunitySamples.Project());
            await store.CommitAsync(changes);
        }

        using var raw = new LiteDatabase(new ConnectionString { Filename = _file.FilePath });
        var plan = raw.GetCollection(collection)
            .Query()
            .Where($"{compound} = @0", key)
            .Where("$.CampaignId = @0", "c-1")
            .Where($"{field} = @0", key.Split('|')[1])
            .GetPlan();

        plan["index"]["name"].AsString.Should().Be(expectedIndex, plan.ToString());
    }

    private LiteDbStore Open() => new(new LiteDbOptions { Path = _file.FilePath });

    private sealed class UnknownEntity : IEntity
    {
        public string Id { get; set; } = "";

        public int Version { get; set; }
    }
}
