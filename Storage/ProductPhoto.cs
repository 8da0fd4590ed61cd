namespace SoukPlay.Storage;

/// <summary>
/// The host's own copy of a product's photo, so that the product's public page can show it
/// without sending readers to Twilio's media address (which may need the account's credentials
/// and names the account).
/// </summary>
public sealed class ProductPhoto
{
    /// <summary>The product the photo belongs to (one copy per product).</summary>
    public required string ProductId { get; init; }

    /// <summary>The image's media type, e.g. <c>image/jpeg</c>.</summary>
    public required string ContentType { get; init; }

    /// <summary>The image's bytes.</summary>
    public required ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>
    /// The address the copy was made from (the product's <c>PhotoUrl</c> then), so that a copy of
    /// an older photo is recognised. Private: it is never shown to a reader.
    /// </summary>
    public required string SourceUrl { get; init; }

    /// <summary>When the copy was made, in UTC.</summary>
    public required DateTimeOffset CopiedAt { get; init; }
}
