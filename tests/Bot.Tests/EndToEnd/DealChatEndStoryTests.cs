using SoukPlay.Bot.Tests.Support;
using SoukPlay.Dialogs.Conversations.Negotiation;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>
/// Through the real host, signed Twilio webhooks and the fake Twilio API: when a deal's chat runs
/// out of time, the background job tells both sides once, in their language, also across a
/// restart, and their next message goes to the menu instead of the dead chat.
/// </summary>
public sealed class DealChatEndStoryTests : IDisposable
{
    private readonly ShiftedClock _clock = new();
    private readonly Marketplace _market;

    public DealChatEndStoryTests()
    {
        _market = new Marketplace(
            new Dictionary<string, string?> { ["NegotiationExpiry:Interval"] = "00:00:00.100" },
            _clock);
    }

    public void Dispose() => _market.Dispose();

    [Fact]
    public async Task Story_DealChatRunsOut_BothToldOnceEvenAfterARestart_NextMessageGoesToTheMenu()
    {
        await _market.OpenNegotiationAsync();
        await _market.ArtisanSaysAsync("1");
        await _market.NextSentAsync(1);
        var negotiationId = (await _market.Store.GetPersonAsync(Marketplace.BuyerAddress))!.FocusNegotiationId!;
        var deal = (await _market.Store.FindDealByNegotiationAsync(negotiationId))!;
        await _market.NothingMoreSentAsync();

        _clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));

        var told = await _market.NextSentAsync(2);
        var toBuyer = told.Single(r => r.Form["To"] == Marketplace.BuyerAddress).Form["Body"];
        toBuyer.Should().Be($"⌛ The chat for deal no. {deal.Number} (Tajine bleu) has ended: what you write "
            + "here is no longer passed on. The deal stays recorded. 0️⃣ Menu");
        var toArtisan = told.Single(r => r.Form["To"] == Marketplace.ArtisanAddress).Form["Body"];
        toArtisan.Should().StartWith($"⌛ La discussion du marché n° {deal.Number} (Tajine bleu) est terminée");
        (await _market.Outbox.ListRecentAsync(200)).Where(m => m.Kind == DealChat.ExpiredKind)
            .Should().HaveCount(2);

        await _market.NothingMoreSentAsync();
        _market.Restart();
        await _market.NothingMoreSentAsync();

        var next = await _market.BuyerSaysAsync("Did you send it?");
        next.Should().NotBeEmpty().And.OnlyContain(r => !r.Body.Contains("🔚") && !r.Body.Contains("Passed on"));
        await _market.NothingMoreSentAsync();
    }
}
