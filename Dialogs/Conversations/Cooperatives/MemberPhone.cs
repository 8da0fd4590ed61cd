using PhoneNumbers;

namespace SoukPlay.Dialogs.Conversations.Cooperatives;

/// <summary>
/// Reads a phone number as a leader types it: international (+212 6…, 00212 6…) or Moroccan local
/// (06…, 07…, 05…), with spaces, dots or dashes; gives E.164 (<c>+212612345678</c>).
/// </summary>
public static class MemberPhone
{
    private const string DefaultRegion = "MA";

    public static bool TryNormalize(string? text, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var typed = Text.Digits.ToAscii(text).Trim();
        var util = PhoneNumberUtil.GetInstance();
        try
        {
            var number = util.Parse(typed, DefaultRegion);
            if (!util.IsValidNumber(number))
            {
                return false;
            }

            e164 = util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            // Not a phone number at all: an expected answer, reported as false.
            return false;
        }
    }
}
