using System.Buffers.Binary;

namespace SoukPlay.Bot.Voice.Audio;

/// <summary>
/// Reads the packets of an Ogg file (RFC 3533): page headers, lacing, packets continued across
/// pages, and each page's CRC.
/// </summary>
/// <remarks>
/// Written here because no Ogg reader for Opus is served as a package (Concentus.Oggfile is not;
/// NVorbis reads Vorbis only). It reads the first logical stream and skips pages of any other
/// (chained or multiplexed files are not expected from WhatsApp); it keeps the whole file in
/// memory, which the download size cap bounds.
/// </remarks>
internal static class OggPageReader
{
    private const int HeaderLength = 27;
    private const byte ContinuedPacket = 0x01;

    public static bool IsOgg(ReadOnlySpan<byte> data) =>
        data.Length >= 4 && data[0] == 'O' && data[1] == 'g' && data[2] == 'g' && data[3] == 'S';

    /// <summary>The packets of the first stream, or null with <paramref name="error"/> set.</summary>
    public static OggStream? Read(ReadOnlySpan<byte> data, out string? error)
    {
        var packets = new List<byte[]>();
        var pending = new List<byte>();
        uint? serial = null;
        long granule = -1;
        var offset = 0;

        while (offset < data.Length)
        {
            error = ReadPage(data[offset..], out var page);
            if (error is not null)
            {
                return null;
            }

            offset += page.Length;
            serial ??= page.Serial;
            if (page.Serial != serial)
            {
                continue;
            }

            if ((page.HeaderType & ContinuedPacket) == 0 && pending.Count > 0)
            {
                error = "a packet was cut off between pages";
                return null;
            }

            AddPackets(page, data.Slice(offset - page.Length, page.Length), packets, pending);
            granule = page.GranulePosition >= 0 ? page.GranulePosition : granule;
        }

        error = packets.Count == 0 ? "the file holds no Ogg packet" : null;
        return error is null ? new OggStream(packets, granule) : null;
    }

    private static void AddPackets(
        OggPage page,
        ReadOnlySpan<byte> pageBytes,
        List<byte[]> packets,
        List<byte> pending)
    {
        var body = pageBytes[page.BodyOffset..];
        var position = 0;
        foreach (var lace in page.Lacing)
        {
            pending.AddRange(body.Slice(position, lace));
            position += lace;
            if (lace < 255)
            {
                packets.Add([.. pending]);
                pending.Clear();
            }
        }
    }

    private static string? ReadPage(ReadOnlySpan<byte> data, out OggPage page)
    {
        page = default;
        if (data.Length < HeaderLength || !IsOgg(data))
        {
            return "an Ogg page does not start with OggS";
        }

        if (data[4] != 0)
        {
            return $"Ogg version {data[4]} is unknown";
        }

        var segments = data[26];
        var bodyOffset = HeaderLength + segments;
        if (data.Length < bodyOffset)
        {
            return "an Ogg page header is cut short";
        }

        var lacing = data.Slice(HeaderLength, segments).ToArray();
        var length = bodyOffset + lacing.Sum(l => l);
        if (data.Length < length)
        {
            return "an Ogg page is cut short";
        }

        if (!HasValidCrc(data[..length]))
        {
            return "an Ogg page fails its CRC";
        }

        page = new OggPage(
            data[5],
            BinaryPrimitives.ReadInt64LittleEndian(data[6..]),
            BinaryPrimitives.ReadUInt32LittleEndian(data[14..]),
            lacing,
            bodyOffset,
            length);
        return null;
    }

    private static bool HasValidCrc(ReadOnlySpan<byte> page)
    {
        var expected = BinaryPrimitives.ReadUInt32LittleEndian(page[22..]);
        var copy = page.ToArray();
        copy.AsSpan(22, 4).Clear();
        return OggCrc.Compute(copy) == expected;
    }

    private readonly record struct OggPage(
        byte HeaderType,
        long GranulePosition,
        uint Serial,
        byte[] Lacing,
        int BodyOffset,
        int Length);
}
