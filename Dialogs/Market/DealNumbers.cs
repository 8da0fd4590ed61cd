using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SoukPlay.Dialogs.Market;

/// <summary>
/// Deal numbers: six digits in two groups ("482-913"), short enough to read out on the phone and
/// to type on a basic keypad, and made only of digits, which artisans who do not read still know.
/// </summary>
/// <remarks>
/// The number is drawn from the negotiation's id, so the same deal always gets the same number.
/// Known shortcoming: with a million numbers, two deals can share one (likely after about a
/// thousand deals); the number is always shown with the shop and the product, never alone, and
/// nothing looks a deal up by its number.
/// </remarks>
public static class DealNumbers
{
    private const ulong Range = 1_000_000;

    /// <summary>The number of the deal closing <paramref name="negotiationId"/>.</summary>
    public static string For(string negotiationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(negotiationId);

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(negotiationId));
        var digits = (BinaryPrimitives.ReadUInt64BigEndian(hash) % Range)
            .ToString("D6", CultureInfo.InvariantCulture);
        return $"{digits[..3]}-{digits[3..]}";
    }
}
