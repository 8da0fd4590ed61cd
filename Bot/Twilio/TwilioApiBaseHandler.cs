using Microsoft.Extensions.Options;

namespace SoukPlay.Bot.Twilio;

/// <summary>
/// Points the Twilio library's requests at <see cref="TwilioOptions.ApiBaseUrl"/>. The library
/// builds every URL on <c>https://api.twilio.com</c> and has no setting for another address, so
/// this handler rewrites the scheme, host and port (and prefixes any base path) of each request.
/// </summary>
internal sealed class TwilioApiBaseHandler(IOptions<TwilioOptions> options) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        var target = options.Value.ApiBaseUrl;
        if (request.RequestUri is { } uri && target != TwilioOptions.DefaultApiBaseUrl)
        {
            var builder = new UriBuilder(uri)
            {
                Scheme = target.Scheme,
                Host = target.Host,
                Port = target.Port,
                Path = target.AbsolutePath.TrimEnd('/') + uri.AbsolutePath,
            };
            request.RequestUri = builder.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
