using System.Buffers.Binary;
using Concentus;
using Concentus.Enums;
using SoukPlay.Bot.Voice.Audio;

namespace SoukPlay.Bot.Tests.Voice.Audio;

/// <summary>
/// Makes a real Ogg Opus file in the test: 48 kHz mono PCM encoded with Concentus in 20 ms frames,
/// wrapped in Ogg pages (RFC 7845) as WhatsApp sends voice notes.
/// </summary>
internal static class OggOpusWriter
{
    public const int PreSkip = 312;
    private const int FrameSamples = 960;
    private const int PacketsPerPage = 10;
    private const uint Serial = 0x50A1C0DE;

    public static byte[] Encode(short[] pcm48k)
    {
        var encoder = OpusCodecFactory.CreateEncoder(48000, 1, OpusApplication.OPUS_APPLICATION_VOIP);
        encoder.Bitrate = 24000;
        var packets = EncodeFrames(encoder, pcm48k);

        using var file = new MemoryStream();
        var sequence = 0u;
        WritePage(file, [Head()], 0, ref sequence, headerType: 0x02);
        WritePage(file, [Tags()], 0, ref sequence, headerType: 0);
        for (var i = 0; i < packets.Count; i += PacketsPerPage)
        {
            var pagePackets = packets.Skip(i).Take(PacketsPerPage).ToList();
            var isLast = i + PacketsPerPage >= packets.Count;
            var granule = isLast ? PreSkip + pcm48k.Length : PreSkip + ((i + pagePackets.Count) * FrameSamples);
            WritePage(file, pagePackets, granule, ref sequence, headerType: isLast ? (byte)0x04 : (byte)0);
        }

        return file.ToArray();
    }

    private static List<byte[]> EncodeFrames(IOpusEncoder encoder, short[] pcm)
    {
        var frames = (pcm.Length + FrameSamples - 1) / FrameSamples;
        var padded = new short[frames * FrameSamples];
        pcm.CopyTo(padded, 0);
        var packets = new List<byte[]>();
        var output = new byte[1275];
        for (var f = 0; f < frames; f++)
        {
            var frame = padded.AsSpan(f * FrameSamples, FrameSamples);
            var length = encoder.Encode(frame, FrameSamples, output, output.Length);
            packets.Add(output[..length]);
        }

        return packets;
    }

    private static byte[] Head()
    {
        var head = new byte[19];
        "OpusHead"u8.CopyTo(head);
        head[8] = 1;
        head[9] = 1;
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(10), PreSkip);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(12), 48000);
        return head;
    }

    private static byte[] Tags()
    {
        var vendor = "SoukPlay tests"u8;
        var tags = new byte[8 + 4 + vendor.Length + 4];
        "OpusTags"u8.CopyTo(tags);
        BinaryPrimitives.WriteUInt32LittleEndian(tags.AsSpan(8), (uint)vendor.Length);
        vendor.CopyTo(tags.AsSpan(12));
        return tags;
    }

    private static void WritePage(Stream file, List<byte[]> packets, long granule, ref uint sequence, byte headerType)
    {
        var lacing = packets.SelectMany(p => Lacing(p.Length)).ToArray();
        var page = new byte[27 + lacing.Length + packets.Sum(p => p.Length)];
        "OggS"u8.CopyTo(page);
        page[5] = headerType;
        BinaryPrimitives.WriteInt64LittleEndian(page.AsSpan(6), granule);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(14), Serial);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(18), sequence++);
        page[26] = (byte)lacing.Length;
        lacing.CopyTo(page, 27);
        var offset = 27 + lacing.Length;
        foreach (var packet in packets)
        {
            packet.CopyTo(page, offset);
            offset += packet.Length;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(22), OggCrc.Compute(page));
        file.Write(page);
    }

    private static IEnumerable<byte> Lacing(int length)
    {
        for (; length >= 255; length -= 255)
        {
            yield return 255;
        }

        yield return (byte)length;
    }
}
