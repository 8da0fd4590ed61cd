namespace SoukPlay.Bot.Voice.Audio;

/// <summary>Turns a voice note's bytes into 16 kHz mono PCM.</summary>
public interface IAudioDecoder
{
    /// <param name="audio">The file as downloaded.</param>
    /// <param name="contentType">The content type the media host gave, e.g. <c>audio/ogg</c>.</param>
    /// <param name="cancellationToken">Stops decoding.</param>
    /// <returns>The samples, or a typed reason; never throws for bad input.</returns>
    Task<DecodedAudio> DecodeAsync(
        ReadOnlyMemory<byte> audio,
        string? contentType,
        CancellationToken cancellationToken);
}
