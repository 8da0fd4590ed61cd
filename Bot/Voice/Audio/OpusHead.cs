using System.Buffers.Binary;

namespace SoukPlay.Bot.Voice.Audio;

/// <summary>The identification header of an Ogg Opus stream (RFC 7845, section 5.1).</summary>
internal sealed record OpusHead(int Channels, int PreSkip, int MappingFamily)
{
    private const int MinimumLength = 19;

    public static bool IsOpusHead(ReadOnlySpan<byte> packet) =>
        packet.Length >= 8 && packet[..8].SequenceEqual("OpusHead"u8);

    public static OpusHead? Parse(ReadOnlySpan<byte> packet)
    {
        if (!IsOpusHead(packet) || packet.Length < MinimumLength || (packet[8] >> 4) != 0)
        {
            return null;
        }

        var channels = packet[9];
        return channels == 0
            ? null
            : new OpusHead(channels, BinaryPrimitives.ReadUInt16LittleEndian(packet[10..]), packet[18]);
    }
}
