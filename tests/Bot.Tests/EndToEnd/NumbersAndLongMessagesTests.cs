using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SoukPlay.Bot.Tests.EndToEnd;

/// <summary>A shop's own Twilio number, and bodies too long for one message.</summary>
public sealed partial class NumbersAndLongMessagesTests : IDisposable
{
    private const string ShopNumber = "+212522000222";

    private readonly Marketplace _market = new();

    public void Dispose() => _market.Dispose();

    [Fact]
    public async Task ShopNumber_NewBuyerWritesToIt_LandsInThatShopAndHearsFromThatNumber()
    {
        var code = await _market.OpenShopAsync();
        await _market.ListTajineAsync(code);
        _market.Restart(new Dictionary<string, string?>
        {
            ["Twilio:Numbers:0:Number"] = ShopNumber,
            ["Twilio:Numbers:0:Shop"] = code,
        });
        _market.Buyer.BotNumber = ShopNumber;

        (await _market.BuyerSaysAsync("Bonjour")).Single().Body.Should().Contain("Choose your language");
        var shop = await _market.BuyerSaysAsync("English");

        shop.Select(r => r.Body).Should().Contain("🏪 Welcome to Atelier Fatima!")
            .And.Contain(body => body.StartsWith("1️⃣ Tajine bleu — 300 MAD", StringComparison.Ordinal));
        await _market.BuyerSaysAsync("1");
        (await _market.BuyerSaysAsync("250")).Single().Body.Should().Contain("Your offer of 250 MAD");
        await _market.NextSentAsync(1);
        await _market.ArtisanSaysAsync("2");
        await _market.ArtisanSaysAsync("280");
        var counter = (await _market.NextSentAsync(1)).Single();
        counter.Form["To"].Should().Be(Marketplace.BuyerAddress);
        counter.Form["From"].Should().Be(ShopNumber, "the buyer hears from the number they wrote to");
    }

    [Fact]
    public async Task LongRelay_OverSixteenHundredCharacters_NumberedPartsInOrderNoEmojiBroken()
    {
        await _market.OpenNegotiationAsync();
        var text = LongWhatsAppText();

        (await _market.ArtisanSaysAsync(text)).Single().Body.Should().Be("✅ Transmis.");

        var parts = await _market.NextSentAsync(2);
        parts.Should().OnlyContain(p => p.Form["To"] == Marketplace.BuyerAddress);
        var bodies = parts.Select(p => p.Form["Body"]).ToList();
        bodies.Should().OnlyContain(b => b.Length <= 1600);
        bodies[0].Should().StartWith("(1/2) 💬 [Atelier Fatima · Tajine bleu] ");
        bodies[1].Should().StartWith("(2/2) ");
        var joined = string.Concat(bodies.Select(b => PartNumber().Replace(b, "", 1)));
        // The glossary cannot translate it for the English reader: it arrives whole, with a note.
        joined.Should().StartWith("💬 [Atelier Fatima · Tajine bleu] " + text + "\n(");
        bodies.Should().OnlyContain(b => WholeTextElements(b, joined));
        await _market.NothingMoreSentAsync();
    }

    /// <summary>
    /// About 2 300 UTF-16 units of family emoji (ZWJ sequences of 11 units each), flags and keycaps
    /// with no spaces, so that no cut at a fixed length can fall between two whole emoji by luck.
    /// </summary>
    private static string LongWhatsAppText()
    {
        var text = new StringBuilder("Regardez : ");
        for (var i = 0; i < 125; i++)
        {
            text.Append("👨‍👩‍👧‍👦🇲🇦3️⃣");
        }

        text.Length.Should().BeGreaterThan(1600);
        return text.ToString();
    }

    /// <summary>True when the part, without its number, is a run of whole text elements of the full body.</summary>
    private static bool WholeTextElements(string part, string full)
    {
        var content = PartNumber().Replace(part, "", 1);
        var start = full.IndexOf(content, StringComparison.Ordinal);
        var boundaries = StringInfo.ParseCombiningCharacters(full).Append(full.Length).ToHashSet();
        return start >= 0 && boundaries.Contains(start) && boundaries.Contains(start + content.Length);
    }

    [GeneratedRegex(@"^\(\d+/\d+\) ")]
    private static partial Regex PartNumber();
}
