using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace SoukPlay.Bot.Voice.Audio;

/// <summary>
/// Decodes formats that no served package reads in-process (AMR from MMS, MP3, AAC in MP4,
/// Vorbis) by piping the bytes through ffmpeg to 16 kHz mono signed 16-bit PCM.
/// </summary>
/// <remarks>
/// ffmpeg is an optional program on the machine (Debian package <c>ffmpeg</c>); when it is not
/// found, <see cref="IsAvailable"/> is false and every call says the format is unsupported.
/// ffmpeg guesses the format from the bytes; the content type is not passed to it.
/// </remarks>
public sealed class FfmpegAudioDecoder
{
    private const int BytesPerSample = 2;

    private readonly AudioOptions _options;
    private readonly string? _program;
    private readonly ILogger<FfmpegAudioDecoder> _logger;

    public FfmpegAudioDecoder(IOptions<AudioOptions> options, ILogger<FfmpegAudioDecoder> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);

        _options = options.Value;
        _logger = logger;
        _program = FfmpegLocator.Find(_options.FfmpegPath);
    }

    public bool IsAvailable => _program is not null;

    public async Task<DecodedAudio> DecodeAsync(ReadOnlyMemory<byte> audio, CancellationToken cancellationToken)
    {
        if (_program is null)
        {
            return DecodedAudio.Unsupported("ffmpeg is not installed, and no in-process decoder reads this format");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.FfmpegTimeout);
        using var process = Process.Start(CreateStartInfo(_program))
            ?? throw new InvalidOperationException($"ffmpeg at {_program} could not be started.");
        try
        {
            return await RunAsync(process, audio, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.FfmpegTimedOut(_logger, _options.FfmpegTimeout);
            return DecodedAudio.Corrupt($"ffmpeg took longer than {_options.FfmpegTimeout}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private async Task<DecodedAudio> RunAsync(
        Process process,
        ReadOnlyMemory<byte> audio,
        CancellationToken cancellationToken)
    {
        var maxBytes = (long)_options.MaxDuration.TotalSeconds * DecodedAudio.SampleRate * BytesPerSample;
        var feed = FeedAsync(process, audio, cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        var pcm = await ReadCappedAsync(process.StandardOutput.BaseStream, maxBytes, cancellationToken);
        if (pcm is null)
        {
            return DecodedAudio.TooLong($"the voice note is longer than {_options.MaxDuration}");
        }

        await process.WaitForExitAsync(cancellationToken);
        await feed;
        var stderr = await errors;
        if (process.ExitCode != 0 || pcm.Length == 0)
        {
            var firstLine = stderr.Split('\n', 2)[0].Trim();
            Log.FfmpegFailed(_logger, process.ExitCode, firstLine);
            return DecodedAudio.Corrupt($"ffmpeg could not decode the audio ({firstLine})");
        }

        return DecodedAudio.Ok(ToSamples(pcm));
    }

    private static async Task FeedAsync(
        Process process,
        ReadOnlyMemory<byte> audio,
        CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(audio, cancellationToken);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // ffmpeg closes its input as soon as it gives up on a file; its exit code says why.
        }
    }

    private static async Task<byte[]?> ReadCappedAsync(
        Stream stream,
        long maxBytes,
        CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[65536];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static short[] ToSamples(byte[] pcm)
    {
        var samples = new short[pcm.Length / BytesPerSample];
        Buffer.BlockCopy(pcm, 0, samples, 0, samples.Length * BytesPerSample);
        if (!BitConverter.IsLittleEndian)
        {
            System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(samples, samples);
        }

        return samples;
    }

    private static ProcessStartInfo CreateStartInfo(string program)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-hide_banner", "-nostdin", "-loglevel", "error", "-i", "pipe:0",
            "-vn", "-f", "s16le", "-acodec", "pcm_s16le", "-ac", "1", "-ar", "16000", "pipe:1"])
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }
}
