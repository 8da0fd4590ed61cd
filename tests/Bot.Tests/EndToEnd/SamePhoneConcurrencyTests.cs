using SoukPlay.Bot.Tests.Support;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>Two messages from one phone at the same moment, each its own signed webhook.</summary>
public sealed class SamePhoneConcurrencyTests : IDisposable
{
    private readonly Marketplace _market = new();

    public void Dispose() => _market.Dispose();

    [Fact]
    public async Task TwoMessages_BuyerWritesTwiceDuringNegotiation_BothAnsweredAndBothPassedOn()
    {
        await _market.OpenNegotiationAsync();
        var first = _market.Buyer.Form("Is it blue inside?");
        var second = _market.Buyer.Form("Can you ship to Lyon?");

        var answers = await Task.WhenAll(PostAsync(first), PostAsync(second));

        answers.Should().AllSatisfy(a => a.Single().Body.Should().Be("✅ Passed on."));
        var relayed = await _market.NextSentAsync(2);
        // The glossary cannot translate these English sentences for the French reader: each one
        // arrives as written, with a note on its second line.
        relayed.Select(r => r.Form["Body"].Split('\n')[0]).Should().BeEquivalentTo(
            "💬 [Atelier Fatima · Tajine bleu] Un acheteur : Is it blue inside?",
            "💬 [Atelier Fatima · Tajine bleu] Un acheteur : Can you ship to Lyon?");
        relayed.Should().OnlyContain(r => r.Form["To"] == Marketplace.ArtisanAddress);
        await _market.NothingMoreSentAsync();
        (await _market.Store.ListOpenNegotiationsAsync(Marketplace.BuyerAddress)).Should().ContainSingle();
    }

    [Fact]
    public async Task TwoMessages_ArtisanAnswersTwoPromptsAtOnce_BothTurnsCountAndTheStateHoldsBoth()
    {
        await _market.OpenShopAsync();
        await _market.ArtisanSaysAsync("1");
        await _market.ArtisanSaysAsync("", _market.PhotoUrl);
        await _market.ArtisanSaysAsync(Marketplace.ProductTitle);

        var answers = await Task.WhenAll(PostAsync(_market.Artisan.Form("300")), PostAsync(_market.Artisan.Form("2")));

        answers.Should().AllSatisfy(a => a.Should().NotBeEmpty().And.OnlyContain(r => r.Body.Length > 0));
        var bodies = answers.SelectMany(a => a).Select(r => r.Body).ToList();
        bodies.Should().Contain(b => b.Contains("Combien en avez-vous", StringComparison.Ordinal))
            .And.Contain(b => b.Contains("fait à la main", StringComparison.Ordinal),
                "one turn ran after the other on the saved state: price, then quantity");
        var listed = (await _market.ArtisanSaysAsync("1"))[0].Body;
        listed.Should().ContainAny(
            ["💰 300 MAD · 📦 2", "💰 2 MAD · 📦 300"],
            "each message answered one prompt, in whichever order they ran");
    }

    private async Task<IReadOnlyList<TwimlReply>> PostAsync(Dictionary<string, string> form)
    {
        using var response = await _market.Client.SendAsync(TwilioRequests.Post(form));
        return await Phone.ReadRepliesAsync(response);
    }
}
