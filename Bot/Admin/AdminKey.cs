using System.Security.Cryptography;
using System.Text;

namespace SoukPlay.Bot.Admin;

/// <summary>Compares a presented key with the configured one in constant time.</summary>
public static class AdminKey
{
    public const string HeaderName = "X-Admin-Key";

    /// <summary>
    /// True when <paramref name="presented"/> is the key. Both are hashed first, so the time taken
    /// tells nothing about the key's length or how much of it matched.
    /// </summary>
    public static bool Matches(string? presented, string expected)
    {
        ArgumentException.ThrowIfNullOrEmpty(expected);

        if (string.IsNullOrEmpty(presented))
        {
            return false;
        }

        var left = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var right = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(left, right);
    }
}
