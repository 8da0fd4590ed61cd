using System.Net;
using System.Text;

namespace SoukPlay.Bot.Products;

/// <summary>
/// Writes a product's page: small, mobile first, no script, no outside style sheet. Every value
/// is HTML-encoded (titles are typed by artisans).
/// </summary>
public static class ProductPageHtml
{
    public static string Render(ProductPageView view, ProductPageText text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);

        var html = new StringBuilder();
        html.Append($"<!doctype html>\n<html lang=\"{E(view.Language)}\" dir=\"{E(view.Direction)}\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n")
            .Append($"<title>{E(view.Title)} · Souk &amp; Play</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append($"<h1>{E(view.Title)}</h1>\n");
        AppendPhoto(html, view, text);
        html.Append("<dl>\n")
            .Append($"<dt>{E(text.Price)}</dt><dd>{E(view.Price)}</dd>\n")
            .Append($"<dt>{E(text.Craft)}</dt><dd>{E(view.Craft)}</dd>\n")
            .Append($"<dt>{E(text.ShopCode)}</dt><dd><bdi>{E(view.ShopCode)}</bdi> · {E(view.ShopName)}</dd>\n")
            .Append("</dl>\n");
        AppendContact(html, view, text);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The page for a product that is no longer for sale (or an id we do not know): says so in the
    /// reader's language and, when the shop is known, how to see its other products.
    /// </summary>
    public static string RenderGone(
        ProductPageView? shopView,
        string language,
        string direction,
        ProductPageText text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var heading = shopView is null ? text.Unknown : text.Gone;
        var html = new StringBuilder();
        html.Append($"<!doctype html>\n<html lang=\"{E(language)}\" dir=\"{E(direction)}\">\n<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n")
            .Append("<title>Souk &amp; Play</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append($"<h1>{E(heading)}</h1>\n");
        if (shopView is not null)
        {
            html.Append($"<p>{E(text.OtherProducts)} <bdi>{E(shopView.ShopCode)}</bdi> · ")
                .Append($"{E(shopView.ShopName)}</p>\n");
            AppendContact(html, shopView, text);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendPhoto(StringBuilder html, ProductPageView view, ProductPageText text)
    {
        if (view.Photo is null)
        {
            html.Append($"<p class=\"note\">{E(text.NoPhoto)}</p>\n");
            return;
        }

        html.Append($"<img src=\"{E(view.Photo)}\" alt=\"{E(view.Title)}\" ")
            .Append("referrerpolicy=\"no-referrer\">\n");
    }

    private static void AppendContact(StringBuilder html, ProductPageView view, ProductPageText text)
    {
        if (view.ContactNumber is null)
        {
            return;
        }

        var sms = $"sms:{view.ContactNumber}?body={Uri.EscapeDataString(view.ShopCode)}";
        html.Append($"<p>{E(text.HowToOrder(view.ShopCode, view.ContactNumber))}</p>\n<p class=\"actions\">");
        if (view.WhatsAppLink is not null)
        {
            html.Append($"<a href=\"{E(view.WhatsAppLink)}\">{E(text.OpenWhatsApp)}</a>");
        }

        html.Append($"<a href=\"{E(sms)}\">{E(text.SendSms)}</a></p>\n");
    }

    /// <summary>Encodes &lt; &gt; &amp; and both quotes; letters of every script stay readable.</summary>
    private static string E(string value) => WebUtility.HtmlEncode(value);

    private const string Style =
        "body{margin:0;font:1.05rem/1.5 system-ui,sans-serif;color:#222;background:#faf7f2}"
        + "main{max-width:34rem;margin:0 auto;padding:1rem}"
        + "h1{font-size:1.4rem;margin:.2rem 0 .8rem}"
        + "img{display:block;width:100%;height:auto;border-radius:8px}"
        + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}"
        + "dt{color:#555}dd{margin:0;font-weight:600}.note{color:#555}"
        + ".actions a{display:inline-block;margin:.3rem .5rem .3rem 0;padding:.7rem 1rem;"
        + "background:#8a3b1c;color:#fff;border-radius:6px;text-decoration:none}"
        + "a:focus{outline:3px solid #1a5fb4;outline-offset:2px}";
}
