using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task CommitAsync_Person_ReadsBackEveryField()
    {
        var person = Samples.Person();

        await Store.CommitAsync(person);

        var read = await Store.Market.GetPersonAsync(person.Id);
        read.Should().BeEquivalentTo(Samples.Person(), Exactly);
        read!.Version.Should().Be(1);
    }

    [SkippableFact]
    public async Task CommitAsync_Shop_ReadsBackEveryField()
    {
        await Store.CommitAsync(Samples.Shop());

        var read = await Store.Market.GetShopAsync("K7P3Q");

        read.Should().BeEquivalentTo(Samples.Shop(), Exactly);
    }

    [SkippableFact]
    public async Task CommitAsync_Product_ReadsBackDecimalsEnumsAndExactTimes()
    {
        await Store.CommitAsync(Samples.Product());

        var read = await Store.Market.GetProductAsync("p-1");

        read.Should().BeEquivalentTo(Samples.Product(), Exactly);
        read!.ListedAt!.Value.Offset.Should().Be(TimeSpan.FromHours(5.75));
        read.AcceptPriceMad.Should().Be(79228162514264337593543950.335m);
    }

    [SkippableFact]
    public async Task CommitAsync_Negotiation_ReadsBackMovesInOrder()
    {
        await Store.CommitAsync(Samples.Negotiation());

        var read = await Store.Market.GetNegotiationAsync("n-1");

        read.Should().BeEquivalentTo(Samples.Negotiation(), options => Exactly(options).WithStrictOrdering());
        read!.Moves[2].AmountMad.Should().BeNull();
    }

    [SkippableFact]
    public async Task CommitAsync_Deal_ReadsBackEveryField()
    {
        await Store.CommitAsync(Samples.Deal());

        var read = await Store.Market.FindDealByNegotiationAsync("n-1");

        read.Should().BeEquivalentTo(Samples.Deal(), Exactly);
    }

    [SkippableFact]
    public async Task CommitAsync_DialogState_KeepsJsonExactlyAsWritten()
    {
        await Store.CommitAsync(Samples.DialogState());

        var read = await Store.Market.GetDialogStateAsync("+212612345678");

        read.Should().BeEquivalentTo(Samples.DialogState(), Exactly);
        read!.Json.Should().Be("  {\"stack\": [ \"root\" ]}\n");
    }

    [SkippableFact]
    public async Task CommitAsync_OutboxMessage_ReadsBackBodyMediaAndEmptyStrings()
    {
        await Store.CommitAsync(Samples.Outbox());

        var read = await Store.Outbox.GetAsync("o-1");

        read.Should().BeEquivalentTo(Samples.Outbox(), options => Exactly(options).WithStrictOrdering());
        read!.LastError.Should().BeEmpty();
        read.ProviderSid.Should().BeNull();
    }

    [SkippableFact]
    public async Task CommitAsync_SenderNumber_ReadsBackEveryField()
    {
        await Store.CommitAsync(Samples.SenderNumber());

        var read = await Store.Market.GetSenderNumberAsync("+212500000001");

        read.Should().BeEquivalentTo(Samples.SenderNumber(), Exactly);
    }

    [SkippableFact]
    public async Task CommitAsync_TranslationEntry_ReadsBackEveryField()
    {
        await Store.CommitAsync(Samples.Translation());

        var read = await Store.Translations.GetTranslationAsync("tr-1");

        read.Should().BeEquivalentTo(Samples.Translation(), Exactly);
    }

    [SkippableFact]
    public async Task CommitAsync_InboundMessage_IsAClaim()
    {
        await Store.CommitAsync(new InboundMessage { Id = "SM0009", ReceivedAt = Samples.Morning });

        var claimed = await Store.Inbound.TryClaimAsync("SM0009", Samples.Morning);

        claimed.Should().BeFalse();
    }

    [SkippableFact]
    public async Task GetAsync_UnknownIds_ReturnNull()
    {
        (await Store.Market.GetPersonAsync("+0")).Should().BeNull();
        (await Store.Market.GetShopAsync("NOPE")).Should().BeNull();
        (await Store.Market.GetProductAsync("p-0")).Should().BeNull();
        (await Store.Market.GetNegotiationAsync("n-0")).Should().BeNull();
        (await Store.Market.GetDialogStateAsync("+0")).Should().BeNull();
        (await Store.Market.GetSenderNumberAsync("+0")).Should().BeNull();
        (await Store.Market.FindDealByNegotiationAsync("n-0")).Should().BeNull();
        (await Store.Outbox.GetAsync("o-0")).Should().BeNull();
        (await Store.Translations.GetTranslationAsync("tr-0")).Should().BeNull();
    }

    [SkippableFact]
    public async Task OpenStore_AfterRestart_FindsEverythingCommitted()
    {
        await Store.CommitAsync(
            Samples.Person(),
            Samples.Shop(),
            Samples.Product(),
            Samples.Negotiation(),
            Samples.Deal(),
            Samples.DialogState(),
            Samples.Outbox(),
            Samples.SenderNumber(),
            Samples.Translation());
        await Store.Inbound.TryClaimAsync("SM0001", Samples.Morning);

        var store = Restart();

        (await store.Market.GetPersonAsync("+212612345678")).Should().BeEquivalentTo(Samples.Person(), Exactly);
        (await store.Market.GetShopAsync("K7P3Q")).Should().BeEquivalentTo(Samples.Shop(), Exactly);
        (await store.Market.GetProductAsync("p-1")).Should().BeEquivalentTo(Samples.Product(), Exactly);
        (await store.Market.GetNegotiationAsync("n-1")).Should().BeEquivalentTo(Samples.Negotiation(), Exactly);
        (await store.Market.FindDealByNegotiationAsync("n-1")).Should().BeEquivalentTo(Samples.Deal(), Exactly);
        (await store.Market.GetDialogStateAsync("+212612345678"))
            .Should().BeEquivalentTo(Samples.DialogState(), Exactly);
        (await store.Outbox.GetAsync("o-1")).Should().BeEquivalentTo(Samples.Outbox(), Exactly);
        (await store.Market.GetSenderNumberAsync("+212500000001"))
            .Should().BeEquivalentTo(Samples.SenderNumber(), Exactly);
        (await store.Translations.GetTranslationAsync("tr-1"))
            .Should().BeEquivalentTo(Samples.Translation(), Exactly);
        (await store.Inbound.TryClaimAsync("SM0001", Samples.Morning)).Should().BeFalse();
    }

    [SkippableFact]
    public async Task OpenStore_AfterRestart_VersionsCarryOn()
    {
        var person = Samples.Person();
        await Store.CommitAsync(person);
        await Store.CommitAsync(person);

        var store = Restart();
        var stale = Samples.Person();
        stale.Version = 1;

        await store.Invoking(s => s.CommitAsync(stale)).Should().ThrowAsync<ConcurrencyConflictException>();
        await store.CommitAsync(person);
        (await store.Market.GetPersonAsync(person.Id))!.Version.Should().Be(3);
    }
}
