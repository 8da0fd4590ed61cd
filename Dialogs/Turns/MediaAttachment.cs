namespace SoukPlay.Dialogs.Turns;

/// <summary>A photo, voice note or other file attached to a message.</summary>
public sealed record MediaAttachment(string Url, string ContentType)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    public bool IsAudio => ContentType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase);
}
