using SoukPlay.Dialogs.Localization;

namespace SoukPlay.Dialogs.Tests.Localization;

public sealed class MessageCatalogFallbackTests
{
    private static readonly MessageCatalog Catalog = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string>
        {
            ["waiting"] = "{title} waits",
            ["only.en"] = "English only",
            ["words.yes"] = "yes|ok",
        },
        ["ary"] = new Dictionary<string, string>
        {
            [MessageCatalog.DirectionKey] = "rtl",
            ["waiting"] = "«{title}» كيتسنى",
            ["words.yes"] = "إيه|wakha",
        },
        ["zgh"] = new Dictionary<string, string>
        {
            [MessageCatalog.DirectionKey] = "ltr",
            [MessageCatalog.FallbackKey] = "ary",
            ["menu"] = "ⵜⴰⵍⴳⴰⵎⵜ {title}",
        },
        ["loop"] = new Dictionary<string, string> { [MessageCatalog.FallbackKey] = "loop" },
    });

    [Fact]
    public void Format_KeyMissing_UsesNamedFallbackBeforeEnglish()
    {
        Catalog.Format("zgh", "waiting", Args(("title", "طاجين"))).Should().Be("«طاجين» كيتسنى");
    }

    [Fact]
    public void Format_FallbackTextRightToLeft_IsolatesLatinPlaceholders()
    {
        Catalog.Format("zgh", "waiting", Args(("title", "Tajine 250")))
            .Should().Be("«\u2068Tajine 250\u2069» كيتسنى");
    }

    [Fact]
    public void Format_OwnLeftToRightText_NeverIsolates()
    {
        Catalog.Format("zgh", "menu", Args(("title", "Tajine"))).Should().Be("ⵜⴰⵍⴳⴰⵎⵜ Tajine");
    }

    [Fact]
    public void Format_MissingInOwnAndFallback_UsesEnglish()
    {
        Catalog.Format("zgh", "only.en").Should().Be("English only");
    }

    [Fact]
    public void Words_KeyMissing_FromNamedFallback()
    {
        Catalog.Words("zgh", "words.yes").Should().Equal("إيه", "wakha");
        Catalog.Contains("zgh", "words.yes").Should().BeFalse();
    }

    [Fact]
    public void FallbackChain_OwnThenNamedThenEnglish_NeverItselfTwice()
    {
        Catalog.FallbackChain("zgh").Should().Equal("zgh", "ary", "en");
        Catalog.FallbackChain("ary").Should().Equal("ary", "en");
        Catalog.FallbackChain("loop").Should().Equal("loop", "en");
        Catalog.FallbackChain("en").Should().Equal("en");
    }

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] args) =>
        args.ToDictionary(arg => arg.Name, arg => arg.Value);
}
