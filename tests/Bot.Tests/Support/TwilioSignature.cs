using System.Security.Cryptography;
using System.Text;

namespace SoukPlay.Bot.Tests.Support;

/// <summary>
/// Computes X-Twilio-Signature the way Twilio does for a form POST: HMAC-SHA1, keyed with the auth
/// token, over the full URL followed by every form field's name and value, sorted by name (ordinal),
/// then Base64.
/// </summary>
public static class TwilioSignature
{
    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(field => field.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

#pragma warning disable CA5350 // Twilio's signature scheme is HMAC-SHA1; the test must compute exactly that.
        var hash = HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString()));
#pragma warning restore CA5350
        return Convert.ToBase64String(hash);
    }
}
