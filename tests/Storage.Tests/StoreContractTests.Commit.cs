using SoukPlay.Storage.Model;

namespace SoukPlay.Storage.Tests;

public abstract partial class StoreContractTests
{
    [SkippableFact]
    public async Task CommitAsync_NewThenAgain_IncrementsTheInstanceVersion()
    {
        var person = Samples.Person();

        await Store.CommitAsync(person);
        person.Language = "fr";
        await Store.CommitAsync(person);

        person.Version.Should().Be(2);
        var read = await Store.Market.GetPersonAsync(person.Id);
        read!.Version.Should().Be(2);
        read.Language.Should().Be("fr");
    }

    [SkippableFact]
    public async Task CommitAsync_StaleVersion_ThrowsAndWritesNothingOfTheChangeSet()
    {
        var person = Samples.Person();
        await Store.CommitAsync(person);
        var stale = (await Store.Market.GetPersonAsync(person.Id))!;
        await Store.CommitAsync(person);
        var shop = Samples.Shop();
        stale.Language = "en";

        var commit = () => Store.CommitAsync(shop, stale);

        await commit.Should().ThrowAsync<ConcurrencyConflictException>();
        (await Store.Market.GetShopAsync(shop.Id)).Should().BeNull();
        (await Store.Market.GetPersonAsync(person.Id))!.Language.Should().Be("ary");
        shop.Version.Should().Be(0);
        stale.Version.Should().Be(1);
    }

    [SkippableFact]
    public async Task CommitAsync_CreateTwice_ThrowsAndWritesNothingOfTheChangeSet()
    {
        await Store.CommitAsync(Samples.Shop());
        var product = Samples.Product();
        var secondShop = Samples.Shop();
        secondShop.DisplayName = "Another";

        var commit = () => Store.CommitAsync(product, secondShop);

        await commit.Should().ThrowAsync<ConcurrencyConflictException>();
        (await Store.Market.GetProductAsync(product.Id)).Should().BeNull();
        (await Store.Market.GetShopAsync("K7P3Q"))!.DisplayName.Should().Be(Samples.Shop().DisplayName);
    }

    [SkippableFact]
    public async Task CommitAsync_UpdateOfEntityNeverSaved_Throws()
    {
        var person = Samples.Person();
        person.Version = 4;

        var commit = () => Store.CommitAsync(person);

        await commit.Should().ThrowAsync<ConcurrencyConflictException>();
        (await Store.Market.GetPersonAsync(person.Id)).Should().BeNull();
    }

    [SkippableFact]
    public async Task CommitAsync_CanceledToken_WritesNothing()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var changes = new ChangeSet().Put(Samples.Person());

        var commit = () => Store.Market.CommitAsync(changes, cancellation.Token);

        await commit.Should().ThrowAsync<OperationCanceledException>();
        (await Store.Market.GetPersonAsync("+212612345678")).Should().BeNull();
    }

    [SkippableFact]
    public async Task CommitAsync_ManyWritersOnOneVersion_ExactlyOneWins()
    {
        await Store.CommitAsync(Samples.Product());
        var copies = await Task.WhenAll(
            Enumerable.Range(0, 20).Select(_ => Store.Market.GetProductAsync("p-1")));

        var outcomes = await InParallelAsync(copies.Length, async index =>
        {
            var copy = copies[index]!;
            copy.Title = $"writer {index}";
            try
            {
                await Store.CommitAsync(copy);
                return copy.Title;
            }
            catch (ConcurrencyConflictException)
            {
                return null;
            }
        });

        var winners = outcomes.Where(title => title is not null).ToList();
        winners.Should().ContainSingle();
        var stored = await Store.Market.GetProductAsync("p-1");
        stored!.Version.Should().Be(2);
        stored.Title.Should().Be(winners[0]);
    }

    [SkippableFact]
    public async Task CommitAsync_ManyWritersRetryingOnConflict_LoseNoUpdate()
    {
        var product = Samples.Product();
        product.Quantity = 0;
        await Store.CommitAsync(product);

        await InParallelAsync(10, async _ =>
        {
            for (var i = 0; i < 5; i++)
            {
                await IncrementQuantityAsync("p-1");
            }

            return true;
        });

        var stored = await Store.Market.GetProductAsync("p-1");
        stored!.Quantity.Should().Be(50);
        stored.Version.Should().Be(51);
    }

    [SkippableFact]
    public async Task CommitAsync_TwoCreatesOfOneIdRacingOnAFreshlyOpenedStore_OneWins()
    {
        // The first writes of a type on a new instance once let both racers win (LiteDB's mapper
        // was shared half built); a fresh instance per round gives the race many chances.
        for (var round = 0; round < 10; round++)
        {
            Restart();

            var results = await InParallelAsync(2, async _ =>
            {
                try
                {
                    await Store.CommitAsync(CommunitySamples.Campaign($"c-{round}"));
                    return true;
                }
                catch (ConcurrencyConflictException)
                {
                    return false;
                }
            });

            results.Count(won => won).Should().Be(1, $"round {round} had one id and two creators");
            (await Store.Community.GetCampaignAsync($"c-{round}"))!.Version.Should().Be(1);
        }
    }

    private async Task IncrementQuantityAsync(string productId)
    {
        while (true)
        {
            var product = (await Store.Market.GetProductAsync(productId))!;
            product.Quantity++;

            try
            {
                await Store.CommitAsync(product);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                // Another writer got there first: read again and redo the change.
            }
        }
    }
}
