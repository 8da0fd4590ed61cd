using Microsoft.Extensions.Options;

namespace SoukPlay.Bot.Voice.Audio;

/// <summary>
/// Picks the decoder for a voice note: Ogg Opus in-process (Concentus), everything else through
/// ffmpeg when it is installed, otherwise a typed "unsupported format".
/// </summary>
public sealed class AudioDecoder : IAudioDecoder
{
    private readonly FfmpegAudioDecoder _ffmpeg;
    private readonly AudioOptions _options;

    public AudioDecoder(FfmpegAudioDecoder ffmpeg, IOptions<AudioOptions> options)
    {
        ArgumentNullException.ThrowIfNull(ffmpeg);
        ArgumentNullException.ThrowIfNull(options);

        _ffmpeg = ffmpeg;
        _options = options.Value;
    }

    public async Task<DecodedAudio> DecodeAsync(
        ReadOnlyMemory<byte> audio,
        string? contentType,
        CancellationToken cancellationToken)
    {
        if (audio.IsEmpty)
        {
            return DecodedAudio.Corrupt("the file is empty");
        }

        if (!OggPageReader.IsOgg(audio.Span))
        {
            return await _ffmpeg.DecodeAsync(audio, cancellationToken);
        }

        var stream = OggPageReader.Read(audio.Span, out var error);
        if (stream is null)
        {
            return DecodedAudio.Corrupt(error ?? "the Ogg file is malformed");
        }

        if (!OpusHead.IsOpusHead(stream.Packets[0]))
        {
            // Ogg Vorbis or another codec in an Ogg wrapper: only ffmpeg reads it here.
            return await _ffmpeg.DecodeAsync(audio, cancellationToken);
        }

        var maxSamples = (int)(_options.MaxDuration.TotalSeconds * DecodedAudio.SampleRate);
        return OggOpusDecoder.Decode(stream, maxSamples);
    }
}
