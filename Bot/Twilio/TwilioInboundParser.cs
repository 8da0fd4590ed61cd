using System.Globalization;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Bot.Twilio;

/// <summary>
/// Turns the fields of Twilio's inbound-message webhook into an <see cref="Activity"/>, or says in
/// plain words what is wrong with them.
/// </summary>
public static class TwilioInboundParser
{
    /// <summary>Twilio attaches at most ten media to one message.</summary>
    public const int MaxMedia = 10;

    public static bool TryParse(
        TwilioForm form,
        DateTimeOffset receivedAt,
        out Activity? activity,
        out string? error)
    {
        ArgumentNullException.ThrowIfNull(form);
        activity = null;

        error = Require(form, "MessageSid") ?? Require(form, "From") ?? Require(form, "To");
        if (error is not null)
        {
            return false;
        }

        if (!PhoneAddress.TryParse(form["From"], out var from))
        {
            error = "From is not a phone number (+ and digits, optionally after 'whatsapp:').";
            return false;
        }

        if (!PhoneAddress.TryParse(form["To"], out var to))
        {
            error = "To is not a phone number (+ and digits, optionally after 'whatsapp:').";
            return false;
        }

        if (from.Value.Channel != to.Value.Channel)
        {
            error = "From and To are on different channels (only one has the 'whatsapp:' prefix).";
            return false;
        }

        if (!TryReadMedia(form, out var media, out error) || !TryReadLocation(form, out var location, out error))
        {
            return false;
        }

        activity = new Activity
        {
            MessageId = form["MessageSid"]!,
            From = from.Value.Number,
            To = to.Value.Number,
            Channel = from.Value.Channel,
            Text = form["Body"] ?? "",
            Media = media,
            ProfileName = NullIfEmpty(form["ProfileName"]),
            ButtonPayload = NullIfEmpty(form["ButtonPayload"]),
            Location = location,
            ReceivedAt = receivedAt,
        };
        return true;
    }

    private static string? Require(TwilioForm form, string name) =>
        string.IsNullOrWhiteSpace(form[name]) ? $"The field {name} is missing." : null;

    private static bool TryReadMedia(TwilioForm form, out IReadOnlyList<MediaAttachment> media, out string? error)
    {
        media = [];
        error = null;
        var count = 0;
        var numMedia = form["NumMedia"];
        if (numMedia is not null
            && (!int.TryParse(numMedia, NumberStyles.None, CultureInfo.InvariantCulture, out count)
                || count > MaxMedia))
        {
            error = $"NumMedia must be a whole number from 0 to {MaxMedia}.";
            return false;
        }

        if (form[$"MediaUrl{count}"] is not null)
        {
            error = $"NumMedia says {count} but MediaUrl{count} is present.";
            return false;
        }

        var list = new List<MediaAttachment>(count);
        for (var i = 0; i < count; i++)
        {
            if (!Uri.TryCreate(form[$"MediaUrl{i}"], UriKind.Absolute, out var url)
                || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                error = $"NumMedia says {count} but MediaUrl{i} is missing or not an http(s) URL.";
                return false;
            }

            list.Add(new MediaAttachment(url.OriginalString, form[$"MediaContentType{i}"] ?? ""));
        }

        media = list;
        return true;
    }

    private static bool TryReadLocation(TwilioForm form, out GeoPoint? location, out string? error)
    {
        location = null;
        error = null;
        var latitude = form["Latitude"];
        var longitude = form["Longitude"];
        if (string.IsNullOrEmpty(latitude) && string.IsNullOrEmpty(longitude))
        {
            return true;
        }

        if (!TryReadCoordinate(latitude, 90, out var lat) || !TryReadCoordinate(longitude, 180, out var lon))
        {
            error = "Latitude and Longitude must both be given, as decimal degrees.";
            return false;
        }

        location = new GeoPoint(lat, lon);
        return true;
    }

    private static bool TryReadCoordinate(string? text, double limit, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
        && Math.Abs(value) <= limit;

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
