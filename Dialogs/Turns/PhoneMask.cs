namespace SoukPlay.Dialogs.Turns;

/// <summary>Masks a phone number for logs: <c>+212612345678</c> becomes <c>+2126****678</c>.</summary>
public static class PhoneMask
{
    public static string Mask(string? phone)
    {
        if (string.IsNullOrEmpty(phone) || phone.Length < 9)
        {
            return "****";
        }

        return $"{phone[..5]}****{phone[^3..]}";
    }
}
