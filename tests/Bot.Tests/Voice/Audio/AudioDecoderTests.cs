using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Voice.Audio;
using SoukPlay.Bot.Voice.Transcription;

namespace SoukPlay.Bot.Tests.Voice.Audio;

public sealed class AudioDecoderTests
{
    private const int OneFrameAt16k = 320;

    [Fact]
    public async Task DecodeAsync_OggOpusVoiceNote_Gives16kMonoOfTheRightLengthAndPitch()
    {
        var voiceNote = OggOpusWriter.Encode(TestAudio.SpeechLikeTone(1.5, 48000));

        var decoded = await CreateDecoder(ffmpeg: false).DecodeAsync(voiceNote, "audio/ogg", default);

        decoded.Status.Should().Be(AudioDecodeStatus.Ok);
        decoded.Samples.Length.Should().BeCloseTo(24000, OneFrameAt16k);
        TestAudio.Rms(decoded.Samples.Span).Should().BeGreaterThan(3000);
        TestAudio.CrossingsPerSecond(decoded.Samples.Span, 16000).Should().BeApproximately(880, 40);
    }

    [Fact]
    public async Task DecodeAsync_PageCorrupted_GivesCorruptNotException()
    {
        var voiceNote = OggOpusWriter.Encode(TestAudio.SpeechLikeTone(1, 48000));
        voiceNote[voiceNote.Length / 2] ^= 0x5A;

        var decoded = await CreateDecoder(ffmpeg: false).DecodeAsync(voiceNote, "audio/ogg", default);

        decoded.Status.Should().Be(AudioDecodeStatus.Corrupt);
        decoded.Reason.Should().Contain("CRC");
    }

    [Fact]
    public async Task DecodeAsync_FileCutShort_GivesCorrupt()
    {
        var voiceNote = OggOpusWriter.Encode(TestAudio.SpeechLikeTone(1, 48000));

        var decoded = await CreateDecoder(ffmpeg: false).DecodeAsync(voiceNote.AsMemory(..^100), "audio/ogg", default);

        decoded.Status.Should().Be(AudioDecodeStatus.Corrupt);
    }

    [Fact]
    public async Task DecodeAsync_LongerThanMaximum_GivesTooLong()
    {
        var voiceNote = OggOpusWriter.Encode(TestAudio.SpeechLikeTone(3, 48000));

        var decoded = await CreateDecoder(ffmpeg: false, maxDuration: TimeSpan.FromSeconds(1))
            .DecodeAsync(voiceNote, "audio/ogg", default);

        decoded.Status.Should().Be(AudioDecodeStatus.TooLong);
    }

    [Fact]
    public async Task DecodeAsync_AmrWithoutFfmpeg_GivesUnsupported()
    {
        var amr = "#!AMR\n"u8.ToArray().Concat(new byte[200]).ToArray();

        var decoded = await CreateDecoder(ffmpeg: false).DecodeAsync(amr, "audio/amr", default);

        decoded.Status.Should().Be(AudioDecodeStatus.Unsupported);
        decoded.Reason.Should().Contain("ffmpeg");
    }

    [Fact]
    public async Task DecodeAsync_Empty_GivesCorrupt()
    {
        var decoded = await CreateDecoder(ffmpeg: false).DecodeAsync(ReadOnlyMemory<byte>.Empty, "audio/ogg", default);

        decoded.Status.Should().Be(AudioDecodeStatus.Corrupt);
    }

    [FfmpegFact]
    public async Task DecodeAsync_OggOpusMadeByFfmpeg_DecodesInProcessToTheRightLength()
    {
        var wav = WavEncoder.Encode(TestAudio.SpeechLikeTone(2, 16000), 16000);
        var voiceNote = TestAudio.Ffmpeg(wav, "wav", "ogg", "-c:a", "libopus", "-b:a", "24k");

        var decoded = await CreateDecoder(ffmpeg: false).DecodeAsync(voiceNote, "audio/ogg", default);

        decoded.Status.Should().Be(AudioDecodeStatus.Ok);
        decoded.Samples.Length.Should().BeCloseTo(32000, OneFrameAt16k);
        TestAudio.CrossingsPerSecond(decoded.Samples.Span, 16000).Should().BeApproximately(880, 40);
    }

    [FfmpegFact]
    public void DecodeAsync_OggOpusMadeInTest_IsReadableByFfmpeg()
    {
        var voiceNote = OggOpusWriter.Encode(TestAudio.SpeechLikeTone(1, 48000));

        var wav = TestAudio.Ffmpeg(voiceNote, "ogg", "wav", "-ac", "1", "-ar", "16000");

        var samples = new short[(wav.Length - 44) / 2];
        Buffer.BlockCopy(wav, 44, samples, 0, samples.Length * 2);
        samples.Length.Should().BeCloseTo(16000, OneFrameAt16k);
        TestAudio.CrossingsPerSecond(samples, 16000).Should().BeApproximately(880, 40);
    }

    [FfmpegFact]
    public async Task DecodeAsync_Mp3ThroughFfmpeg_Gives16kMonoOfTheRightLength()
    {
        var wav = WavEncoder.Encode(TestAudio.SpeechLikeTone(2, 16000), 16000);
        var mp3 = TestAudio.Ffmpeg(wav, "wav", "mp3", "-c:a", "libmp3lame", "-ar", "44100", "-ac", "2");

        var decoded = await CreateDecoder(ffmpeg: true).DecodeAsync(mp3, "audio/mpeg", default);

        decoded.Status.Should().Be(AudioDecodeStatus.Ok);
        decoded.Samples.Length.Should().BeCloseTo(32000, 1600);
        TestAudio.CrossingsPerSecond(decoded.Samples.Span, 16000).Should().BeApproximately(880, 40);
    }

    [FfmpegFact]
    public async Task DecodeAsync_AacInMp4ThroughFfmpeg_Gives16kMono()
    {
        var wav = WavEncoder.Encode(TestAudio.SpeechLikeTone(2, 16000), 16000);
        var mp4 = TestAudio.Ffmpeg(wav, "wav", "m4a", "-c:a", "aac", "-ar", "48000");

        var decoded = await CreateDecoder(ffmpeg: true).DecodeAsync(mp4, "audio/mp4", default);

        decoded.Status.Should().Be(AudioDecodeStatus.Ok);
        decoded.Samples.Length.Should().BeCloseTo(32000, 1600);
        TestAudio.Rms(decoded.Samples.Span).Should().BeGreaterThan(3000);
    }

    [FfmpegFact]
    public async Task DecodeAsync_GarbageThroughFfmpeg_GivesCorrupt()
    {
        var garbage = Enumerable.Range(0, 4000).Select(i => (byte)(i * 37 % 251)).ToArray();

        var decoded = await CreateDecoder(ffmpeg: true).DecodeAsync(garbage, "audio/amr", default);

        decoded.Status.Should().Be(AudioDecodeStatus.Corrupt);
    }

    private static AudioDecoder CreateDecoder(bool ffmpeg, TimeSpan? maxDuration = null)
    {
        var options = Options.Create(new AudioOptions
        {
            FfmpegPath = ffmpeg ? "ffmpeg" : "/nonexistent/ffmpeg",
            MaxDuration = maxDuration ?? TimeSpan.FromMinutes(5),
        });
        return new AudioDecoder(new FfmpegAudioDecoder(options, NullLogger<FfmpegAudioDecoder>.Instance), options);
    }
}
