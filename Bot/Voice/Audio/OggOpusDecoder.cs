using Concentus;

namespace SoukPlay.Bot.Voice.Audio;

/// <summary>
/// Decodes Ogg Opus (WhatsApp voice notes) in-process with Concentus, straight to 16 kHz mono.
/// </summary>
/// <remarks>
/// Opus decoders may output any of 8/12/16/24/48 kHz and fold stereo to mono themselves, so the
/// decoder is created at 16 kHz with one channel instead of decoding at 48 kHz and resampling:
/// one step less, and the codec's own band-limiting is used. The pre-skip and the final granule
/// position (counted at 48 kHz) are scaled by three. Only channel mapping families 0 and 1 with
/// at most two channels are read (what voice notes use); others are reported unsupported.
/// </remarks>
internal static class OggOpusDecoder
{
    private const int Downscale = 48000 / DecodedAudio.SampleRate;
    private const int MaxFrameSamples = DecodedAudio.SampleRate * 120 / 1000;

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
        var decoder = OpusCodecFactory.CreateDecoder(DecodedAudio.SampleRate, 1);
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
            if (output.Count > maxSamples + (head.PreSkip / Downscale))
            {
                return DecodedAudio.TooLong($"the voice note is longer than {maxSamples / DecodedAudio.SampleRate} s");
            }
        }

        return DecodedAudio.Ok(Trim(output, head, stream.LastGranulePosition));
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
        var start = Math.Min(head.PreSkip / Downscale, output.Count);
        var length = output.Count - start;
        if (lastGranule > head.PreSkip)
        {
            length = (int)Math.Min(length, (lastGranule - head.PreSkip) / Downscale);
        }

        return output.GetRange(start, length).ToArray();
    }
}
