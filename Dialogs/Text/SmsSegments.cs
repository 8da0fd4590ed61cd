namespace SoukPlay.Dialogs.Text;

/// <summary>
/// How many SMS segments a body costs. Text that fits the GSM-7 alphabet goes 160 characters in
/// one segment and 153 per part when split; anything else (an Arabic letter, an emoji) forces
/// UCS-2: 70 alone, 67 per part. Characters of GSM-7's extension table count twice.
/// </summary>
public static class SmsSegments
{
    private const string Gsm7Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Gsm7Extension = "\f^{}\\[~]|€";

    public static bool IsGsm7(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.All(c => Gsm7Basic.Contains(c, StringComparison.Ordinal)
            || Gsm7Extension.Contains(c, StringComparison.Ordinal));
    }

    public static int Count(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0)
        {
            return 1;
        }

        if (IsGsm7(body))
        {
            var septets = body.Sum(c => Gsm7Extension.Contains(c, StringComparison.Ordinal) ? 2 : 1);
            return Split(septets, single: 160, part: 153);
        }

        return Split(body.Length, single: 70, part: 67);
    }

    private static int Split(int units, int single, int part) =>
        units <= single ? 1 : (units + part - 1) / part;
}
