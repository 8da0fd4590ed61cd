using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Twilio;

namespace SoukPlay.Bot.Products;

/// <summary>
/// Links to a product's public page, <c>{base}/p/{product id}</c>. The base is
/// <c>Twilio:PublicBaseUrl</c>; in local mode it is the address the host listens on (or
/// <see cref="LocalDefaultBase"/> before the server has one).
/// </summary>
public sealed class ProductLinks(IOptions<TwilioOptions> twilio, IServer server)
{
    /// <summary>The address <c>dotnet run --project Bot</c> listens on.</summary>
    public const string LocalDefaultBase = "http://127.0.0.1:5080";

    /// <summary>
    /// The page of <paramref name="productId"/>, in <paramref name="language"/> when one is given
    /// (the reader's language, a catalogue code such as <c>fr</c>).
    /// </summary>
    public string For(string productId, string? language = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(productId);

        var link = $"{Base()}{ProductPageEndpoint.PathPrefix}/{Uri.EscapeDataString(productId)}";
        return string.IsNullOrEmpty(language) ? link : $"{link}?lang={Uri.EscapeDataString(language)}";
    }

    private string Base()
    {
        if (twilio.Value.IsConfigured)
        {
            return twilio.Value.PublicBase;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        var listening = addresses?.FirstOrDefault(address => address.StartsWith("http", StringComparison.Ordinal));
        return (listening ?? LocalDefaultBase).TrimEnd('/');
    }
}
