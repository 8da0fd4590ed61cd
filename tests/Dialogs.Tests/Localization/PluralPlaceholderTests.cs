using System.Text.Json;
using SoukPlay.Dialogs.Localization;

namespace SoukPlay.Dialogs.Tests.Localization;

public sealed class PluralPlaceholderTests
{
    private const string ArabicMembers =
        "{n:zero=لا أحد|one=عضو واحد|two=عضوان|few=# أعضاء|many=# عضوًا|other=# عضو}";

    private static readonly MessageCatalog Catalog = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string> { ["members"] = "To {n:one=# member|other=# members}." },
        ["fr"] = new Dictionary<string, string> { ["members"] = "À {n:one=# membre|other=# membres}." },
        ["ar"] = new Dictionary<string, string>
        {
            [MessageCatalog.DirectionKey] = "rtl",
            ["members"] = "إلى " + ArabicMembers,
        },
        ["ary"] = new Dictionary<string, string>
        {
            [MessageCatalog.DirectionKey] = "rtl",
            ["members"] = "ل{n:one=عضو واحد|two=جوج ديال الأعضاء|other=# عضو}",
        },
        ["zgh"] = new Dictionary<string, string> { [MessageCatalog.FallbackKey] = "ary" },
    });

    [Theory]
    [InlineData(1, "To 1 member.")]
    [InlineData(0, "To 0 members.")]
    [InlineData(3, "To 3 members.")]
    public void Format_English_OneForOneOnly(int count, string expected)
    {
        Catalog.Format("en", "members", Args(count)).Should().Be(expected);
    }

    [Theory]
    [InlineData(0, "À 0 membre.")]
    [InlineData(1, "À 1 membre.")]
    [InlineData(2, "À 2 membres.")]
    public void Format_French_OneForZeroAndOne(int count, string expected)
    {
        Catalog.Format("fr", "members", Args(count)).Should().Be(expected);
    }

    [Theory]
    [InlineData(0, "إلى لا أحد")]
    [InlineData(1, "إلى عضو واحد")]
    [InlineData(2, "إلى عضوان")]
    [InlineData(3, "إلى \u20683\u2069 أعضاء")]
    [InlineData(11, "إلى \u206811\u2069 عضوًا")]
    [InlineData(100, "إلى \u2068100\u2069 عضو")]
    [InlineData(105, "إلى \u2068105\u2069 أعضاء")]
    public void Format_Arabic_SixCategoriesAndTheCountIsolated(int count, string expected)
    {
        Catalog.Format("ar", "members", Args(count)).Should().Be(expected);
    }

    [Fact]
    public void Format_TextFromTheFallbackCatalogue_TakesThatCataloguesRules()
    {
        Catalog.Format("zgh", "members", Args(2)).Should().Be("لجوج ديال الأعضاء");
    }

    [Fact]
    public void Format_CountBackFromSavedState_ReadsAsANumber()
    {
        var saved = JsonSerializer.Deserialize<JsonElement>("1");

        Catalog.Format("en", "members", new Dictionary<string, object?> { ["n"] = saved }).Should().Be("To 1 member.");
    }

    [Fact]
    public void Format_ValueIsNoNumber_OtherForm()
    {
        Catalog.Format("en", "members", new Dictionary<string, object?> { ["n"] = "a few" })
            .Should().Be("To a few members.");
    }

    [Fact]
    public void Format_PluralPlaceholderWithoutItsValue_LeftAsWritten()
    {
        Catalog.Format("en", "members", new Dictionary<string, object?> { ["other"] = 1 })
            .Should().Be("To {n:one=# member|other=# members}.");
    }

    [Theory]
    [InlineData("n")]
    [InlineData("n:")]
    [InlineData("n:one")]
    [InlineData(":one=#")]
    public void Parse_NotAPluralPlaceholder_Null(string placeholder)
    {
        PluralPlaceholder.Parse(placeholder).Should().BeNull();
    }

    [Theory]
    [InlineData("es", 1, "one")]
    [InlineData("es", 0, "other")]
    [InlineData("zgh", 1, "one")]
    [InlineData("zgh", 2, "other")]
    [InlineData("ary-Latn", 2, "two")]
    [InlineData("ary", 12, "many")]
    [InlineData("ar", 202, "other")]
    public void CategoryOf_LanguageAndCount_CldrCategory(string language, int count, string expected)
    {
        PluralRules.CategoryOf(language, count).Should().Be(expected);
    }

    private static Dictionary<string, object?> Args(int count) => new() { ["n"] = count };
}
