namespace SoukPlay.Bot.Media;

/// <summary>Decides whether an address is one media may be fetched from.</summary>
internal sealed class MediaHostPolicy
{
    private readonly IReadOnlyList<string> _allowedHosts;
    private readonly bool _allowHttp;

    public MediaHostPolicy(IEnumerable<string> allowedHosts, bool allowHttp)
    {
        _allowedHosts = [.. allowedHosts.Select(h => h.Trim().ToLowerInvariant())];
        _allowHttp = allowHttp;
    }

    /// <summary>Null when <paramref name="uri"/> may be fetched, else the reason it may not.</summary>
    public string? Check(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
        {
            return "the address is not absolute";
        }

        var schemeAllowed = uri.Scheme == Uri.UriSchemeHttps
            || (_allowHttp && uri.Scheme == Uri.UriSchemeHttp);
        if (!schemeAllowed)
        {
            return $"scheme {uri.Scheme} is not allowed";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "the address carries user info";
        }

        return IsHostAllowed(uri.IdnHost) ? null : $"host {uri.IdnHost} is not a media host";
    }

    private bool IsHostAllowed(string host)
    {
        var lower = host.ToLowerInvariant();
        foreach (var entry in _allowedHosts)
        {
            if (entry.StartsWith("*.", StringComparison.Ordinal))
            {
                if (lower.EndsWith(entry[1..], StringComparison.Ordinal))
                {
                    return true;
                }
            }
            else if (lower == entry)
            {
                return true;
            }
        }

        return false;
    }
}
