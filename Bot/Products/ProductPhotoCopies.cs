using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Media;
using SoukPlay.Bot.Twilio;
using SoukPlay.Storage;
using SoukPlay.Storage.Model;

namespace SoukPlay.Bot.Products;

/// <summary>
/// Keeps the host's own copy of each product photo (<see cref="IProductPhotoStore"/>), so that the
/// product's public page can show it without giving readers Twilio's media address. A copy is made
/// when a link to the page is first sent by SMS (<see cref="StartCopy"/>) or when the page is first
/// viewed (<see cref="GetOrCopyAsync"/>), through <see cref="TwilioMediaDownloader"/>: Twilio's
/// hosts only, with the account's credentials, under the <c>Twilio:Media</c> size cap.
/// </summary>
/// <remarks>
/// Only JPEG, PNG, WebP and GIF are kept (<see cref="ImageSignature"/>). One copy at a time per
/// product in this process; two hosts may both copy a photo once, and store the same bytes. After
/// a failure this host waits <see cref="ProductPhotoOptions.RetryAfter"/> before trying that
/// product again; the wait is remembered in memory only, so a restart tries again at once. A copy
/// whose source is not the product's current <see cref="Product.PhotoUrl"/> is not used. In local
/// mode (no <c>Twilio</c> settings) nothing is copied: there is no account to fetch Twilio's media
/// with, and the photos a tester types are public addresses the page shows as they are.
/// </remarks>
public sealed class ProductPhotoCopies
{
    private readonly IProductPhotoStore _store;
    private readonly IServiceScopeFactory _scopes;
    private readonly ProductPhotoOptions _options;
    private readonly TimeProvider _time;
    private readonly bool _twilioConfigured;
    private readonly CancellationToken _stopping;
    private readonly ILogger<ProductPhotoCopies> _logger;
    private readonly ConcurrentDictionary<string, Lazy<Task<ProductPhoto?>>> _copying = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _retryAt = new();

    public ProductPhotoCopies(
        IProductPhotoStore store,
        IServiceScopeFactory scopes,
        IOptions<ProductPhotoOptions> options,
        IOptions<TwilioOptions> twilio,
        TimeProvider time,
        IHostApplicationLifetime lifetime,
        ILogger<ProductPhotoCopies> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(twilio);
        ArgumentNullException.ThrowIfNull(lifetime);

        _store = store;
        _scopes = scopes;
        _options = options.Value;
        _time = time;
        _twilioConfigured = twilio.Value.IsConfigured;
        _stopping = lifetime.ApplicationStopping;
        _logger = logger;
    }

    /// <summary>The stored copy of <paramref name="product"/>'s current photo, or null; never downloads.</summary>
    public async Task<ProductPhoto?> GetAsync(Product product, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);

        if (string.IsNullOrEmpty(product.PhotoUrl))
        {
            return null;
        }

        var copy = await _store.GetProductPhotoAsync(product.Id, cancellationToken);
        return copy?.SourceUrl == product.PhotoUrl ? copy : null;
    }

    /// <summary>
    /// The stored copy, or a new one made now. Waits at most
    /// <see cref="ProductPhotoOptions.PageWait"/> for a download (which goes on if that is not
    /// enough); null when there is no photo, no copy yet, or the last try failed recently.
    /// </summary>
    public async Task<ProductPhoto?> GetOrCopyAsync(Product product, CancellationToken cancellationToken)
    {
        var stored = await GetAsync(product, cancellationToken);
        if (stored is not null || string.IsNullOrEmpty(product.PhotoUrl) || !MayCopy(product.Id))
        {
            return stored;
        }

        try
        {
            return await Copying(product).WaitAsync(_options.PageWait, _time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>Starts copying <paramref name="product"/>'s photo if it has none yet; does not wait.</summary>
    public void StartCopy(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);

        if (!string.IsNullOrEmpty(product.PhotoUrl) && MayCopy(product.Id))
        {
            _ = Copying(product);
        }
    }

    /// <summary>False in local mode, and for a while after a failed copy of the product's photo.</summary>
    private bool MayCopy(string productId) =>
        _twilioConfigured
        && !(_retryAt.TryGetValue(productId, out var retryAt) && _time.GetUtcNow() < retryAt);

    /// <summary>The copy under way for the product, started if there is none (one per product).</summary>
    private Task<ProductPhoto?> Copying(Product product)
    {
        var started = new Lazy<Task<ProductPhoto?>>(() => Task.Run(() => CopyOnceAsync(product)));
        var copying = _copying.GetOrAdd(product.Id, started);
        if (ReferenceEquals(copying, started))
        {
            _ = started.Value.ContinueWith(
                _ => _copying.TryRemove(new KeyValuePair<string, Lazy<Task<ProductPhoto?>>>(product.Id, started)),
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }

        return copying.Value;
    }

    /// <summary>Copies the photo unless a copy exists; never throws (the page must not break).</summary>
    private async Task<ProductPhoto?> CopyOnceAsync(Product product)
    {
        try
        {
            return await GetAsync(product, _stopping) ?? await DownloadAndKeepAsync(product, _stopping);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception exception)
        {
            // A store or download failure is this product's problem for a while, not the page's.
            Log.PhotoCopyThrew(_logger, product.Id, exception);
            RetryLater(product.Id, MediaDownloadStatus.Failed.ToString(), exception.GetType().Name);
            return null;
        }
    }

    private async Task<ProductPhoto?> DownloadAndKeepAsync(Product product, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(product.PhotoUrl, UriKind.Absolute, out var source))
        {
            RetryLater(product.Id, MediaDownloadStatus.Refused.ToString(), "the photo address is not absolute");
            return null;
        }

        var download = await DownloadAsync(source, cancellationToken);
        var contentType = download.IsOk ? ImageSignature.ContentTypeOf(download.Content.Span) : null;
        if (contentType is null)
        {
            var reason = download.IsOk ? $"not a JPEG, PNG, WebP or GIF ({download.ContentType})" : download.Reason;
            RetryLater(product.Id, download.Status.ToString(), reason ?? "no reason given");
            return null;
        }

        var copy = new ProductPhoto
        {
            ProductId = product.Id,
            ContentType = contentType,
            Content = download.Content,
            SourceUrl = product.PhotoUrl!,
            CopiedAt = _time.GetUtcNow(),
        };
        await _store.PutProductPhotoAsync(copy, cancellationToken);
        _retryAt.TryRemove(product.Id, out _);
        Log.PhotoCopied(_logger, product.Id, copy.Content.Length, contentType);
        return copy;
    }

    /// <summary>
    /// Downloads through a scope of its own: the downloader is a typed HTTP client, meant to be
    /// short-lived so that the client factory can renew its connections.
    /// </summary>
    private async Task<MediaDownload> DownloadAsync(Uri source, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var downloader = scope.ServiceProvider.GetRequiredService<TwilioMediaDownloader>();
        return await downloader.DownloadAsync(source, cancellationToken);
    }

    private void RetryLater(string productId, string status, string reason)
    {
        var retryAt = _time.GetUtcNow() + _options.RetryAfter;
        _retryAt[productId] = retryAt;
        Log.PhotoNotCopied(_logger, productId, status, reason, retryAt);
    }
}
