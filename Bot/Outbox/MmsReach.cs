using PhoneNumbers;

namespace SoukPlay.Bot.Outbox;

/// <summary>
/// Where an MMS arrives: Twilio delivers MMS only to numbers in the United States and Canada.
/// Other +1 numbers (the Caribbean members of the North American plan) are not among them.
/// </summary>
public static class MmsReach
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>Whether <paramref name="number"/> (E.164) is a US or Canadian number.</summary>
    public static bool Receives(string number)
    {
        ArgumentNullException.ThrowIfNull(number);

        try
        {
            var region = Phones.GetRegionCodeForNumber(Phones.Parse(number, null));
            return region is "US" or "CA";
        }
        catch (NumberParseException)
        {
            return false;
        }
    }
}
