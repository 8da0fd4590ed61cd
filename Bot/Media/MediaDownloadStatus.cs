namespace SoukPlay.Bot.Media;

/// <summary>How fetching an inbound media file ended.</summary>
public enum MediaDownloadStatus
{
    /// <summary>The bytes were fetched and are in <see cref="MediaDownload.Content"/>.</summary>
    Ok,

    /// <summary>The address (or a redirect) was not one of Twilio's media hosts; nothing was sent there.</summary>
    Refused,

    /// <summary>The file was larger than the configured cap; the transfer was stopped.</summary>
    TooLarge,

    /// <summary>The media host failed or could not be reached, after the allowed retries.</summary>
    Failed,
}
