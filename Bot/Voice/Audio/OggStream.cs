namespace SoukPlay.Bot.Voice.Audio;

/// <summary>The packets of the first logical stream of an Ogg file, and its last granule position.</summary>
internal sealed record OggStream(IReadOnlyList<byte[]> Packets, long LastGranulePosition);
