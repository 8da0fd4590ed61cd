namespace SoukPlay.Bot.Products;

/// <summary>
/// How the host copies product photos for their public pages (<see cref="ProductPhotoCopies"/>).
/// The download itself follows <c>Twilio:Media</c> (allowed hosts, size cap, retries).
/// </summary>
public sealed class ProductPhotoOptions
{
    public const string SectionName = "Products:Photos";

    /// <summary>
    /// After a failed copy, how long this host waits before it tries that product's photo again
    /// (page views in between show the page without the photo).
    /// </summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a page view waits for a copy it started; past that the page is shown without the
    /// photo and the copy goes on, for the next view.
    /// </summary>
    public TimeSpan PageWait { get; set; } = TimeSpan.FromSeconds(4);
}
