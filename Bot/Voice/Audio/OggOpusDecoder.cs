using Concentus;

namespace SoukPlay.Bot.Voice.Audio;

/// <summary>
/// Decodes Ogg Opus (WhatsApp voice notes) in-process with Concentus to 16 kHz mono.
/// </summary>
/// <remarks>
/// The decoder runs at 48 kHz with one channel (Opus folds stereo to mono itself), the pre-skip
/// and final granule position trim the result exactly, and Concentus' resampler brings it to
/// 16 kHz. Asking Concentus 2.2.2 to decode at 16 kHz directly gave all-zero output for a voice
/// note made by its own encoder (while the 48 kHz path decodes it), so that shortcut is not used. Only channel mapping families 0 and 1 with at most two
/// channels are read (what voice notes use); others are reported unsupported.
/// </remarks>
internal static class OggOpusDecoder
{
    private const int OpusRate = 48000;
    private const int Downscale = OpusRate / DecodedAudio.SampleRate;
    private const int MaxFrameSamples = OpusRate * 120 / 1000;
    private const int ResamplerQuality = 5;

    public static DecodedAudio Decode(OggStream stream, int maxSamples)
    {
        var head = OpusHead.Parse(stream.Packets[0]);
        if (head is null)
        {
            return DecodedAudio.Corrupt("the OpusHead header is malformed");
        }

        if (head.Channels > 2 || head.MappingFamily > 1)
        {
            return DecodedAudio.Unsupported($"Opus with {head.Channels} channels is not supported");
        }

        return DecodePackets(stream, head, maxSamples);
    }

    private static DecodedAudio DecodePackets(OggStream stream, OpusHead head, int maxSamples)
    {
        var decoder = OpusCodecFactory.CreateDecoder(OpusRate, 1);
        var output = new List<short>();
        var frame = new short[MaxFrameSamples];

        // Packet 0 is OpusHead and packet 1 OpusTags; audio starts at packet 2.
        foreach (var packet in stream.Packets.Skip(2))
        {
            var decoded = DecodePacket(decoder, packet, frame);
            if (decoded < 0)
            {
                return DecodedAudio.Corrupt("an Opus packet could not be decoded");
            }

            output.AddRange(frame.AsSpan(0, decoded));
            if (output.Count > ((long)maxSamples * Downscale) + head.PreSkip)
            {
                return DecodedAudio.TooLong($"the voice note is longer than {maxSamples / DecodedAudio.SampleRate} s");
            }
        }

        return DecodedAudio.Ok(Resample(Trim(output, head, stream.LastGranulePosition)));
    }

    private static int DecodePacket(IOpusDecoder decoder, byte[] packet, short[] frame)
    {
        try
        {
            return decoder.Decode(packet, frame, MaxFrameSamples);
        }
        catch (OpusException)
        {
            return -1;
        }
        catch (ArgumentException)
        {
            // Concentus reports some malformed packets (bad TOC, lengths) as argument errors.
            return -1;
        }
    }

    private static short[] Trim(List<short> output, OpusHead head, long lastGranule)
    {
        var start = Math.Min(head.PreSkip, output.Count);
        var length = output.Count - start;
        if (lastGranule > head.PreSkip)
        {
            length = (int)Math.Min(length, lastGranule - head.PreSkip);
        }

        return output.GetRange(start, length).ToArray();
    }

    private static short[] Resample(short[] pcm48k)
    {
        var resampler = ResamplerFactory.CreateResampler(1, OpusRate, DecodedAudio.SampleRate, ResamplerQuality);
        var output = new short[(pcm48k.Length / Downscale) + 1];
        var inLength = pcm48k.Length;
        var outLength = output.Length;
        resampler.ProcessInterleaved(pcm48k, ref inLength, output, ref outLength);
        return output[..outLength];
    }
}
