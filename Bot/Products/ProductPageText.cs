using SoukPlay.Dialogs.Localization;

namespace SoukPlay.Bot.Products;

/// <summary>The product page's own texts (<c>product.page.*</c> in the catalogues), in one language.</summary>
public sealed class ProductPageText(IMessageCatalog catalog, string language)
{
    private const string Prefix = "product.page.";
    private const string ProbeKey = Prefix + "order";
    private const string FallbackKey = "language.fallback";
    private const string DefaultLanguage = "en";

    public string Price => Text("price");

    public string Craft => Text("craft");

    public string ShopCode => Text("code");

    public string OpenWhatsApp => Text("whatsapp");

    public string SendSms => Text("sms");

    public string NoPhoto => Text("nophoto");

    /// <summary>"This product is no longer for sale."</summary>
    public string Gone => Text("gone");

    /// <summary>"We could not find this product…"</summary>
    public string Unknown => Text("unknown");

    /// <summary>"Other products of this shop:"</summary>
    public string OtherProducts => Text("others");

    public string HowToOrder(string code, string number) =>
        catalog.Format(language, ProbeKey, new Dictionary<string, object?> { ["code"] = code, ["number"] = number });

    /// <summary>
    /// The page's language: <paramref name="requested"/> when its catalogue has the page's texts,
    /// else the catalogue it falls back to (Tamazight falls back to Darija) when that one has
    /// them, else English. The page's <c>lang</c> and <c>dir</c> follow the language shown.
    /// </summary>
    public static string PageLanguage(IMessageCatalog catalog, string? requested)
    {
        ArgumentNullException.ThrowIfNull(catalog);

        var known = catalog.Languages.FirstOrDefault(
            language => string.Equals(language, requested?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            return DefaultLanguage;
        }

        if (catalog.Contains(known, ProbeKey))
        {
            return known;
        }

        var fallback = catalog.Contains(known, FallbackKey) ? catalog.Format(known, FallbackKey) : null;
        return fallback is not null && catalog.Contains(fallback, ProbeKey) ? fallback : DefaultLanguage;
    }

    private string Text(string name) => catalog.Format(language, Prefix + name);
}
