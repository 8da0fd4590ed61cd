using SoukPlay.Bot.Products;
using SoukPlay.Bot.Twilio;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Outbox;

/// <summary>
/// Makes an SMS with photos fit a recipient outside the US and Canada, where Twilio delivers no
/// MMS: the photos are taken off, and each product photo becomes a link to the product's page
/// (<see cref="ProductLinks"/>) at the end of the body, in the recipient's language.
/// </summary>
/// <remarks>
/// Applied once, before the message is claimed (by the sender, or by the webhook for an inline
/// answer); the changed body and media are what gets stored, sent, and compared with Twilio's
/// message log. A photo that is no product's (a project's photo, say) is dropped without a link.
/// Linking a product starts the host's copy of its photo (<see cref="ProductPhotoCopies"/>) in the
/// background, so that the page can show it by the time the recipient opens it.
/// </remarks>
public sealed class SmsPhotoLinks(
    IProductPhotoLookup photos,
    IMarketStore market,
    ProductLinks links,
    ProductPhotoCopies copies,
    ILogger<SmsPhotoLinks> logger)
{
    /// <summary>
    /// Rewrites <paramref name="message"/> in place when it needs it; true when it changed.
    /// WhatsApp messages, messages without media, and SMS to US or Canadian numbers are left alone.
    /// </summary>
    public async Task<bool> AdaptAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        if (message.Channel != Channel.Sms || message.MediaUrls.Count == 0 || MmsReach.Receives(message.ToPersonId))
        {
            return false;
        }

        var language = (await market.GetPersonAsync(message.ToPersonId, cancellationToken))?.Language;
        var lines = new List<string>();
        foreach (var url in message.MediaUrls)
        {
            var product = await photos.FindProductByPhotoAsync(url, cancellationToken);
            if (product is not null)
            {
                lines.Add("📷 " + links.For(product.Id, language));
                copies.StartCopy(product);
            }
        }

        message.Body = string.Join("\n", new[] { message.Body }.Concat(lines).Where(line => line.Length > 0));
        var to = PhoneAddress.Mask(message.ToPersonId);
        Log.PhotosLinked(logger, message.Id, to, message.MediaUrls.Count, lines.Count);
        message.MediaUrls = [];
        return true;
    }
}
