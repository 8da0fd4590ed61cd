using SoukPlay.Dialogs.Tests.Conversations.Artisan;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Storage.Model;
using static SoukPlay.Dialogs.Tests.Conversations.Negotiation.MarketSeed;

namespace SoukPlay.Dialogs.Tests.Language;

/// <summary>Language detection in real turns: what is remembered, when the saved language changes.</summary>
public sealed class LanguageTrackerTests : IDisposable
{
    private const string FrenchBuyer = "+33612345678";
    private const string SwitchNotice = "🌐 From now on we write to you in the language you write in.";

    private readonly TestFlow _flow;

    public LanguageTrackerTests()
    {
        _flow = LanguageFlow.Create();
        SeedAsync(_flow).GetAwaiter().GetResult();
        SeedBuyerAsync(_flow, "fr", FrenchBuyer).GetAwaiter().GetResult();
    }

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task Track_TwoLongerMessagesInEnglish_SwitchesOnSecondAndTellsOnce()
    {
        await _flow.Send(FrenchBuyer, "Hello, I would like to see your beautiful carpets please");
        _flow.Person(FrenchBuyer)!.Language.Should().Be("fr");
        _flow.LastMessages.Should().NotContain(m => m.Body.StartsWith("🌐", StringComparison.Ordinal));

        await _flow.Send(FrenchBuyer, "Where can I find the shop of the artisan with the blue tajine");
        _flow.LastMessages[^1].Body.Should().StartWith(SwitchNotice).And.Contain("\"language\"");
        _flow.Person(FrenchBuyer)!.Language.Should().Be("en");

        await _flow.Send(FrenchBuyer, "Thank you very much for your kind help with this");
        _flow.LastMessages.Should().NotContain(m => m.Body.StartsWith("🌐", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Track_LongerAnswersToPrompts_NeverSwitch()
    {
        await _flow.Send(ArtisanPhone, "menu");
        await _flow.Send(ArtisanPhone, "1");
        await _flow.Send(ArtisanPhone, "", Channel.WhatsApp, ArtisanJourney.Photo());
        await _flow.Send(ArtisanPhone, "Hand painted blue tajine from the Rif mountains")
            .ExpectReply(r => r.Should().Contain("Quel prix en dirhams"));
        await _flow.Send(ArtisanPhone, "two hundred and fifty dirhams")
            .ExpectReply(r => r.Should().Contain("Combien en avez-vous"));

        var artisan = _flow.Person(ArtisanPhone)!;
        artisan.Language.Should().Be("fr", "a product name and an amount are data, not the language they read");
        artisan.RecentLanguages.Should().BeEmpty();
    }

    [Fact]
    public async Task Track_OneLongerMessageThenFrench_KeepsSavedLanguage()
    {
        await _flow.Send(FrenchBuyer, "Hello, I would like to see your beautiful carpets please");
        await _flow.Send(FrenchBuyer, "Bonjour, je voudrais voir vos jolis tapis rouges s'il vous plaît");
        await _flow.Send(FrenchBuyer, "Where can I find the shop of the artisan with the blue tajine");

        var buyer = _flow.Person(FrenchBuyer)!;
        buyer.Language.Should().Be("fr");
        buyer.RecentLanguages.Should().Equal("en", "fr", "en");
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("1")]
    [InlineData("hello there")]
    [InlineData("👍👍👍")]
    [InlineData("300 400 500")]
    public async Task Track_ShortTextDigitsOrEmoji_NeverDetected(string text)
    {
        await _flow.Send(FrenchBuyer, text);
        await _flow.Send(FrenchBuyer, text);

        var buyer = _flow.Person(FrenchBuyer)!;
        buyer.RecentLanguages.Should().BeEmpty();
        buyer.Language.Should().Be("fr");
    }

    [Fact]
    public async Task Track_ManyMessages_RemembersOnlyTheLastFew()
    {
        for (var i = 0; i < 6; i++)
        {
            await _flow.Send(FrenchBuyer, "Bonjour, je voudrais voir vos jolis tapis rouges s'il vous plaît");
        }

        _flow.Person(FrenchBuyer)!.RecentLanguages.Should().HaveCount(4);
    }

    [Fact]
    public async Task Relay_FrenchBuyerWritesArabizi_TranslatedFromArabizi()
    {
        await OfferForTajineAsync(_flow, "250", FrenchBuyer);

        await _flow.Send(FrenchBuyer, "wach ba9i kayn?")
            .ExpectNotification(ArtisanPhone, n => n.Should().EndWith("c'est disponible ?"));

        _flow.Person(FrenchBuyer)!.RecentLanguages.Should().Equal("ary-Latn");
    }
}
