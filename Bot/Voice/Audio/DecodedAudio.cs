namespace SoukPlay.Bot.Voice.Audio;

/// <summary>Audio as speech-to-text wants it: 16 kHz, mono, signed 16-bit samples; or why not.</summary>
public sealed record DecodedAudio
{
    public const int SampleRate = 16000;

    public required AudioDecodeStatus Status { get; init; }

    public ReadOnlyMemory<short> Samples { get; init; }

    public string? Reason { get; init; }

    public bool IsOk => Status == AudioDecodeStatus.Ok;

    public TimeSpan Duration => TimeSpan.FromSeconds((double)Samples.Length / SampleRate);

    public static DecodedAudio Ok(short[] samples) =>
        new() { Status = AudioDecodeStatus.Ok, Samples = samples };

    public static DecodedAudio Unsupported(string reason) =>
        new() { Status = AudioDecodeStatus.Unsupported, Reason = reason };

    public static DecodedAudio Corrupt(string reason) =>
        new() { Status = AudioDecodeStatus.Corrupt, Reason = reason };

    public static DecodedAudio TooLong(string reason) =>
        new() { Status = AudioDecodeStatus.TooLong, Reason = reason };
}
