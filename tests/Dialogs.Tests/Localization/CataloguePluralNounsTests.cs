using System.Text.RegularExpressions;
using SoukPlay.Dialogs.Localization;

namespace SoukPlay.Dialogs.Tests.Localization;

/// <summary>
/// Counts of things a person reads take the noun's plural form ("1 day", "7 days"), not a fixed
/// plural ("1 days"). Amounts in "MAD" stay as they are: a currency code has no plural.
/// </summary>
public sealed class CataloguePluralNounsTests
{
    /// <summary>Plural nouns that must not follow a plain <c>{count}</c>, per language.</summary>
    private static readonly Dictionary<string, string[]> PluralNouns = new()
    {
        ["en"] = ["days", "dirhams", "members", "votes", "messages", "pieces", "items"],
        ["fr"] = ["jours", "dirhams", "membres", "votes", "messages", "pièces", "articles"],
        ["es"] = ["días", "dírhams", "miembros", "votos", "mensajes", "piezas", "artículos"],
        ["ar"] = ["أيام", "دراهم", "أعضاء", "أصوات", "رسائل", "قطع"],
        ["ary"] = ["أيام", "دراهم", "أعضاء", "أصوات", "رسايل", "قطع"],
        ["ary-Latn"] = ["iyam", "drahem", "a3da2", "aswat", "messages"],
        ["zgh"] = ["ⵡⵓⵙⵙⴰⵏ"],
    };

    private static readonly MessageCatalog Catalog = MessageCatalog.LoadEmbedded();

    public static TheoryData<string> Languages => [.. CatalogueFile.Languages];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Catalogue_PlainCountBeforeAPluralNoun_None(string language)
    {
        var nouns = string.Join('|', PluralNouns[language].Select(Regex.Escape));
        var fixedPlural = new Regex(@"\{\w+\}\s(" + nouns + @")(?=[\s.,:;!?)]|$)");

        var offending = CatalogueFile.Read(language)
            .Where(entry => fixedPlural.IsMatch(entry.Value))
            .Select(entry => $"{entry.Key}: {fixedPlural.Match(entry.Value).Value}");

        offending.Should().BeEmpty("a count before a noun takes a plural placeholder in {0}", language);
    }

    [Theory]
    [InlineData("en", 1, "For 1 day,")]
    [InlineData("en", 7, "For 7 days,")]
    [InlineData("fr", 1, "Pendant 1 jour,")]
    [InlineData("fr", 7, "Pendant 7 jours,")]
    [InlineData("es", 1, "Durante 1 día,")]
    [InlineData("ar", 7, "طوال 7 أيام،")]
    [InlineData("ar", 14, "طوال 14 يومًا،")]
    public void Format_DealChatDays_TheNounAgreesWithTheCount(string language, int days, string expected)
    {
        var args = new Dictionary<string, object?> { ["number"] = "482-913", ["days"] = days, ["shop"] = "Atelier" };

        WithoutIsolates(Catalog.Format(language, "deal.next.buyer", args)).Should().Contain(expected);
    }

    [Theory]
    [InlineData("en", 1, "Deal! Tajine for 1 dirham.")]
    [InlineData("en", 250, "Deal! Tajine for 250 dirhams.")]
    [InlineData("fr", 1, "Marché conclu ! Tajine pour 1 dirham.")]
    [InlineData("es", 2, "¡Trato hecho! Tajine por 2 dírhams.")]
    [InlineData("ary", 5, "تم البيع! Tajine ب 5 دراهم.")]
    public void Format_CallDealAmount_TheNounAgreesWithTheAmount(string language, int amount, string expected)
    {
        var args = new Dictionary<string, object?> { ["product"] = "Tajine", ["amount"] = (decimal)amount };

        WithoutIsolates(Catalog.Format(language, "call.deal", args)).Should().Be(expected);
    }

    [Fact]
    public void Format_ListedPrice_MadKeptAsItIs()
    {
        var args = new Dictionary<string, object?>
        {
            ["title"] = "Tajine",
            ["price"] = 1m,
            ["quantity"] = 1,
            ["code"] = "K7P3Q",
        };

        Catalog.Format("en", "listing.listed", args).Should().Contain("💰 1 MAD · 📦 1");
    }

    /// <summary>The text without the bidi isolates that right-to-left catalogues put around values.</summary>
    private static string WithoutIsolates(string text) =>
        text.Replace("\u2068", "", StringComparison.Ordinal).Replace("\u2069", "", StringComparison.Ordinal);
}
