namespace SoukPlay.Bot.Media;

/// <summary>
/// Shortens a media address for logs: scheme, host and the last four characters of the path,
/// so that account ids and media ids are not written out whole.
/// </summary>
internal static class MediaUrlMask
{
    public static string Mask(Uri uri)
    {
        if (!uri.IsAbsoluteUri)
        {
            return "(relative)";
        }

        var path = uri.AbsolutePath;
        var tail = path.Length > 4 ? path[^4..] : path;
        return $"{uri.Scheme}://{uri.IdnHost}/…{tail}";
    }
}
