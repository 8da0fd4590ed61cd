using System.Text.Json;
using SoukPlay.Dialogs.Localization;

namespace SoukPlay.Dialogs.Tests.Localization;

public sealed class MessageCatalogTests
{
    private static readonly MessageCatalog Catalog = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string>
        {
            ["greet"] = "Hello {name}",
            ["only.en"] = "English only",
            ["words.yes"] = "yes| yeah |ok",
        },
        ["fr"] = new Dictionary<string, string> { ["greet"] = "Bonjour {name}, {missing}" },
        ["ary"] = new Dictionary<string, string>
        {
            [MessageCatalog.DirectionKey] = "rtl",
            ["price"] = "الثمن: {price} درهم، {shop}",
        },
    });

    [Fact]
    public void Format_Placeholder_FilledAndUnknownLeftAsIs()
    {
        Catalog.Format("fr", "greet", Args(("name", "Fatima"))).Should().Be("Bonjour Fatima, {missing}");
    }

    [Fact]
    public void Format_KeyMissingInLanguage_FallsBackToEnglish()
    {
        Catalog.Format("fr", "only.en").Should().Be("English only");
    }

    [Fact]
    public void Format_KeyMissingEverywhere_ReturnsKey()
    {
        Catalog.Format("fr", "no.such.key").Should().Be("no.such.key");
    }

    [Fact]
    public void Format_UnknownLanguage_FallsBackToEnglish()
    {
        Catalog.Format("zz", "greet", Args(("name", "Ali"))).Should().Be("Hello Ali");
    }

    [Fact]
    public void Format_RightToLeft_IsolatesNumbersAndLatinNamesOnly()
    {
        var text = Catalog.Format("ary", "price", Args(("price", 1200.5m), ("shop", "Atelier Fès")));

        text.Should().Be("الثمن: \u20681200.5\u2069 درهم، \u2068Atelier Fès\u2069");
        Catalog.Format("ary", "price", Args(("price", "غالي"), ("shop", "دار")))
            .Should().Be("الثمن: غالي درهم، دار");
    }

    [Fact]
    public void Format_LeftToRight_NeverIsolates()
    {
        Catalog.Format("en", "greet", Args(("name", 42))).Should().Be("Hello 42");
    }

    [Fact]
    public void Format_JsonElementArgument_ReadsAsItsValue()
    {
        var element = JsonSerializer.SerializeToElement(250m);

        Catalog.Format("en", "greet", Args(("name", element))).Should().Be("Hello 250");
    }

    [Fact]
    public void Words_PipeSeparated_SplitAndTrimmed()
    {
        Catalog.Words("en", "words.yes").Should().Equal("yes", "yeah", "ok");
        Catalog.Words("fr", "words.yes").Should().Equal("yes", "yeah", "ok");
        Catalog.Words("fr", "words.none").Should().BeEmpty();
    }

    [Fact]
    public void IsRightToLeft_ByDirectionKey()
    {
        Catalog.IsRightToLeft("ary").Should().BeTrue();
        Catalog.IsRightToLeft("fr").Should().BeFalse();
    }

    /// <summary>Which keys each catalogue must have is checked in CatalogueCompletenessTests.</summary>
    [Fact]
    public void LoadEmbedded_LoadsEveryCatalogue()
    {
        var embedded = MessageCatalog.LoadEmbedded();

        embedded.Languages.Should().Contain(["fr", "en", "ary"]);
        embedded.IsRightToLeft("ary").Should().BeTrue();
        embedded.IsRightToLeft("fr").Should().BeFalse();
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] args) =>
        args.ToDictionary(arg => arg.Name, arg => arg.Value);
}
