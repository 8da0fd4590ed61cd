namespace SoukPlay.Bot.Products;

/// <summary>
/// Recognises the image formats the product page serves — JPEG, PNG, WebP and GIF — by their
/// first bytes, not by the content type a media host declares. Anything else (SVG, which can
/// carry script, HTML, PDF, a truncated file) is not served.
/// </summary>
public static class ImageSignature
{
    private static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Gif87 => "GIF87a"u8;

    private static ReadOnlySpan<byte> Gif89 => "GIF89a"u8;

    private static ReadOnlySpan<byte> Riff => "RIFF"u8;

    private static ReadOnlySpan<byte> Webp => "WEBP"u8;

    /// <summary>The image's content type (e.g. <c>image/png</c>), or null when it is none of the four.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        if (content.StartsWith(Png))
        {
            return "image/png";
        }

        if (content.StartsWith(Gif87) || content.StartsWith(Gif89))
        {
            return "image/gif";
        }

        return content.Length >= 12 && content.StartsWith(Riff) && content[8..12].SequenceEqual(Webp)
            ? "image/webp"
            : null;
    }
}
