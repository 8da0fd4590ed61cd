using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Twilio;

/// <summary>
/// A Twilio address: <c>whatsapp:+212612345678</c> on WhatsApp, <c>+212612345678</c> on SMS.
/// </summary>
public readonly partial record struct PhoneAddress(Channel Channel, string Number)
{
    private const string WhatsAppPrefix = "whatsapp:";

    [GeneratedRegex(@"\+?[0-9]{7,}", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    /// <summary>The address as Twilio writes it, with the prefix on WhatsApp and nowhere else.</summary>
    public override string ToString() => Format(Channel, Number);

    public static string Format(Channel channel, string number) =>
        channel == Channel.WhatsApp ? WhatsAppPrefix + number : number;

    public static bool TryParse(string? text, [NotNullWhen(true)] out PhoneAddress? address)
    {
        address = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var channel = Channel.Sms;
        var number = text;
        if (text.StartsWith(WhatsAppPrefix, StringComparison.OrdinalIgnoreCase))
        {
            channel = Channel.WhatsApp;
            number = text[WhatsAppPrefix.Length..];
        }

        if (!IsE164(number))
        {
            return false;
        }

        address = new PhoneAddress(channel, number);
        return true;
    }

    /// <summary>A plus sign and 8 to 15 ASCII digits, the first not zero.</summary>
    public static bool IsE164(string? number) =>
        number is { Length: >= 9 and <= 16 }
        && number[0] == '+'
        && number[1] is >= '1' and <= '9'
        && number.AsSpan(1).ContainsAnyExceptInRange('0', '9') is false;

    /// <summary>Masks every run of seven or more digits (with an optional plus) in a provider's text.</summary>
    public static string MaskNumbersIn(string? text) =>
        text is null ? "" : NumberPattern().Replace(text, match => Mask(match.Value));

    /// <summary>A number for the logs: <c>+2126****678</c>.</summary>
    public static string Mask(string? number)
    {
        if (string.IsNullOrEmpty(number) || number.Length < 9)
        {
            return "****";
        }

        return string.Concat(number.AsSpan(0, 5), "****", number.AsSpan(number.Length - 3));
    }
}
