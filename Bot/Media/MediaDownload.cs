namespace SoukPlay.Bot.Media;

/// <summary>
/// The result of fetching one inbound media file: the bytes and their content type, or why not.
/// </summary>
public sealed record MediaDownload
{
    public required MediaDownloadStatus Status { get; init; }

    public ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>The content type the media host gave (e.g. <c>audio/ogg</c>), if any.</summary>
    public string? ContentType { get; init; }

    /// <summary>Why the download did not succeed, in words for logs and tests (no secrets).</summary>
    public string? Reason { get; init; }

    /// <summary>Set on failures that a new attempt may cure (5xx, 408, 429, connection errors).</summary>
    internal bool IsTransient { get; init; }

    public bool IsOk => Status == MediaDownloadStatus.Ok;

    public static MediaDownload Ok(ReadOnlyMemory<byte> content, string? contentType) =>
        new() { Status = MediaDownloadStatus.Ok, Content = content, ContentType = contentType };

    public static MediaDownload Refused(string reason) =>
        new() { Status = MediaDownloadStatus.Refused, Reason = reason };

    public static MediaDownload TooLarge(string reason) =>
        new() { Status = MediaDownloadStatus.TooLarge, Reason = reason };

    public static MediaDownload Failed(string reason, bool isTransient = false) =>
        new() { Status = MediaDownloadStatus.Failed, Reason = reason, IsTransient = isTransient };
}
