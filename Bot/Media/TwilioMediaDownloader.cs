using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace SoukPlay.Bot.Media;

/// <summary>
/// Fetches inbound media (voice notes, photos) from the media address Twilio gives in a webhook,
/// with the account's credentials, only from Twilio's media hosts, following redirects itself so
/// that every hop is checked against the allow-list, and never past the size cap.
/// </summary>
/// <remarks>
/// The <see cref="HttpClient"/> given must not follow redirects by itself
/// (<c>AllowAutoRedirect = false</c>); <c>AddVoiceNotes</c> sets it up that way. A response that
/// shows the client did follow one is refused. The credentials are sent only to the host of the
/// first address, never to a redirect target on another host.
/// </remarks>
public sealed class TwilioMediaDownloader
{
    private static readonly ResiliencePropertyKey<string> MaskedUrlKey = new("soukplay.media.url");

    private readonly HttpClient _http;
    private readonly TwilioMediaOptions _options;
    private readonly MediaHostPolicy _hostPolicy;
    private readonly ResiliencePipeline<MediaDownload> _pipeline;
    private readonly ILogger<TwilioMediaDownloader> _logger;

    public TwilioMediaDownloader(
        HttpClient http,
        IOptions<TwilioMediaOptions> options,
        TimeProvider timeProvider,
        ILogger<TwilioMediaDownloader> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);

        _http = http;
        _options = options.Value;
        _logger = logger;
        IEnumerable<string> hosts = _options.AllowedHosts.Count > 0
            ? _options.AllowedHosts
            : TwilioMediaOptions.TwilioMediaHosts;
        _hostPolicy = new MediaHostPolicy(hosts, _options.AllowHttp);
        _pipeline = BuildPipeline(timeProvider);
    }

    /// <summary>Fetches <paramref name="mediaUrl"/>; never throws for a bad address or a bad host.</summary>
    public async Task<MediaDownload> DownloadAsync(Uri mediaUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mediaUrl);

        var masked = MediaUrlMask.Mask(mediaUrl);
        var refusal = _hostPolicy.Check(mediaUrl);
        if (refusal is not null)
        {
            Log.MediaRefused(_logger, masked, refusal);
            return MediaDownload.Refused(refusal);
        }

        var result = await ExecuteWithRetriesAsync(mediaUrl, masked, cancellationToken);
        LogOutcome(masked, result);
        return result;
    }

    private async Task<MediaDownload> ExecuteWithRetriesAsync(
        Uri mediaUrl,
        string masked,
        CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(MaskedUrlKey, masked);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) => await state.Self.AttemptAsync(state.Url, ctx.CancellationToken),
                context,
                (Self: this, Url: mediaUrl));
        }
        catch (Exception exception) when (IsTransientException(exception))
        {
            // Logged once, by LogOutcome, with the exception's type in the reason.
            return MediaDownload.Failed($"the media host could not be reached ({exception.GetType().Name})");
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<MediaDownload> AttemptAsync(Uri mediaUrl, CancellationToken cancellationToken)
    {
        var current = mediaUrl;
        for (var hop = 0; ; hop++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            if (IsSameOrigin(current, mediaUrl))
            {
                AddCredentials(request);
            }

            using var response = await _http.SendAsync(
                request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.RequestMessage?.RequestUri != current)
            {
                return MediaDownload.Refused("the HTTP client followed a redirect by itself");
            }

            if (!IsRedirect(response.StatusCode))
            {
                return await ReadResponseAsync(response, cancellationToken);
            }

            var next = NextHop(current, response, hop);
            if (next.Failure is not null)
            {
                return next.Failure;
            }

            current = next.Uri!;
        }
    }

    private (Uri? Uri, MediaDownload? Failure) NextHop(Uri current, HttpResponseMessage response, int hop)
    {
        if (hop >= _options.MaxRedirects)
        {
            return (null, MediaDownload.Failed($"more than {_options.MaxRedirects} redirects"));
        }

        var location = response.Headers.Location;
        if (location is null)
        {
            return (null, MediaDownload.Failed("a redirect without a Location"));
        }

        var next = location.IsAbsoluteUri ? location : new Uri(current, location);
        var refusal = _hostPolicy.Check(next);
        return refusal is null
            ? (next, null)
            : (null, MediaDownload.Refused($"redirect refused: {refusal}"));
    }

    private async Task<MediaDownload> ReadResponseAsync(
        HttpResponseMessage response,
        CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            return MediaDownload.Failed($"the media host answered {status}", IsTransientStatus(status));
        }

        var declared = response.Content.Headers.ContentLength;
        if (declared > _options.MaxBytes)
        {
            return MediaDownload.TooLarge($"Content-Length {declared} is over {_options.MaxBytes}");
        }

        return await ReadCappedBodyAsync(response.Content, cancellationToken);
    }

    private async Task<MediaDownload> ReadCappedBodyAsync(
        HttpContent content,
        CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var body = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (body.Length + read > _options.MaxBytes)
            {
                return MediaDownload.TooLarge($"the body went over {_options.MaxBytes} bytes");
            }

            body.Write(chunk, 0, read);
        }

        return MediaDownload.Ok(body.ToArray(), content.Headers.ContentType?.MediaType);
    }

    private void AddCredentials(HttpRequestMessage request)
    {
        if (string.IsNullOrEmpty(_options.AccountSid) || string.IsNullOrEmpty(_options.AuthToken))
        {
            return;
        }

        var pair = Encoding.UTF8.GetBytes($"{_options.AccountSid}:{_options.AuthToken}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
    }

    private ResiliencePipeline<MediaDownload> BuildPipeline(TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder<MediaDownload> { TimeProvider = timeProvider };
        if (_options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<MediaDownload>
            {
                MaxRetryAttempts = _options.MaxAttempts - 1,
                Delay = _options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<MediaDownload>()
                    .Handle<Exception>(IsTransientException)
                    .HandleResult(r => r.IsTransient),
                OnRetry = args =>
                {
                    var masked = args.Context.Properties.GetValue(MaskedUrlKey, "(unknown)");
                    Log.MediaRetry(_logger, masked, args.AttemptNumber + 1);
                    return default;
                },
            });
        }

        return builder.AddTimeout(_options.AttemptTimeout).Build();
    }

    private void LogOutcome(string masked, MediaDownload result)
    {
        switch (result.Status)
        {
            case MediaDownloadStatus.Ok:
                Log.MediaFetched(_logger, masked, result.Content.Length, result.ContentType);
                break;
            case MediaDownloadStatus.Refused:
                Log.MediaRefused(_logger, masked, result.Reason ?? "refused");
                break;
            case MediaDownloadStatus.TooLarge:
                Log.MediaTooLarge(_logger, masked, _options.MaxBytes);
                break;
            case MediaDownloadStatus.Failed:
                Log.MediaFailed(_logger, masked, result.Reason ?? "failed", null);
                break;
        }
    }

    private static bool IsSameOrigin(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static bool IsTransientStatus(int status) => status is >= 500 or 408 or 429;

    private static bool IsTransientException(Exception exception) =>
        exception is HttpRequestException or IOException or TimeoutRejectedException;
}
