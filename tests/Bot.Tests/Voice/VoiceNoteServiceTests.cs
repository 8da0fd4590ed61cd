using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Media;
using SoukPlay.Bot.Tests.Voice.Audio;
using SoukPlay.Bot.Voice;
using SoukPlay.Bot.Voice.Audio;
using SoukPlay.Bot.Voice.Transcription;
using SoukPlay.Dialogs.Language;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SoukPlay.Bot.Tests.Voice;

public sealed class VoiceNoteServiceTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    private Uri MediaUrl => new($"http://127.0.0.1:{_server.Port}/media/ME1");

    [Fact]
    public async Task TranscribeAsync_OggOpusVoiceNote_DecodesAndTranscribes()
    {
        ServeMedia(OggOpusWriter.Encode(TestAudio.SpeechLikeTone(2, 48000)), "audio/ogg");
        var speech = new RecordingSpeechToText(TranscriptionResult.Ok("bghit 300", "ar"));

        var result = await CreateService(speech).TranscribeAsync(MediaUrl, "audio/ogg", "ary", default);

        result.Status.Should().Be(VoiceNoteStatus.Transcribed);
        result.Transcript.Should().Be("bghit 300");
        result.Language.Should().Be("ar");
        speech.LastSampleCount.Should().BeCloseTo(32000, 320);
        speech.LastLanguageHint.Should().Be("ary");
        result.Duration.TotalSeconds.Should().BeApproximately(2, 0.05);
    }

    [Fact]
    public async Task TranscribeAsync_NotConfigured_SaysSoWithoutDownloading()
    {
        ServeMedia([1, 2, 3], "audio/ogg");

        var result = await CreateService(new NoSpeechToText()).TranscribeAsync(MediaUrl, "audio/ogg", "fr", default);

        result.Status.Should().Be(VoiceNoteStatus.NotConfigured);
        _server.LogEntries.Should().BeEmpty();
    }

    [Fact]
    public async Task TranscribeAsync_HostNotAllowed_Refused()
    {
        var speech = new RecordingSpeechToText(TranscriptionResult.Ok("x", null));

        var result = await CreateService(speech)
            .TranscribeAsync(new Uri("https://attacker.invalid/a.ogg"), "audio/ogg", "fr", default);

        result.Status.Should().Be(VoiceNoteStatus.Refused);
        speech.Calls.Should().Be(0);
    }

    [Fact]
    public async Task TranscribeAsync_AmrWithoutFfmpeg_Unsupported()
    {
        ServeMedia("#!AMR\n"u8.ToArray().Concat(new byte[100]).ToArray(), "audio/amr");
        var speech = new RecordingSpeechToText(TranscriptionResult.Ok("x", null));

        var result = await CreateService(speech).TranscribeAsync(MediaUrl, "audio/amr", "fr", default);

        result.Status.Should().Be(VoiceNoteStatus.Unsupported);
        speech.Calls.Should().Be(0);
    }

    [Fact]
    public async Task TranscribeAsync_CorruptOgg_Failed()
    {
        var voiceNote = OggOpusWriter.Encode(TestAudio.SpeechLikeTone(1, 48000));
        voiceNote[200] ^= 0xFF;
        ServeMedia(voiceNote, "audio/ogg");

        var result = await CreateService(new RecordingSpeechToText(TranscriptionResult.Ok("x", null)))
            .TranscribeAsync(MediaUrl, "audio/ogg", "fr", default);

        result.Status.Should().Be(VoiceNoteStatus.Failed);
    }

    [Fact]
    public async Task TranscribeAsync_ProviderFails_Failed()
    {
        ServeMedia(OggOpusWriter.Encode(TestAudio.SpeechLikeTone(1, 48000)), "audio/ogg");
        var speech = new RecordingSpeechToText(TranscriptionResult.Failed("the transcription server answered 500"));

        var result = await CreateService(speech).TranscribeAsync(MediaUrl, "audio/ogg", "fr", default);

        result.Status.Should().Be(VoiceNoteStatus.Failed);
        result.Reason.Should().Contain("500");
    }

    [Fact]
    public async Task AddVoiceNotes_OpenAiProvider_TranscribesThroughFakeServer()
    {
        ServeMedia(OggOpusWriter.Encode(TestAudio.SpeechLikeTone(1, 48000)), "audio/ogg");
        _server.Given(Request.Create().WithPath("/v1/audio/transcriptions").UsingPost())
            .RespondWith(Response.Create().WithBody("""{"text":"خليها ب 300"}"""));
        using var provider = BuildProvider(new()
        {
            ["Twilio:AccountSid"] = "ACtest",
            ["Twilio:AuthToken"] = "token",
            ["Twilio:Media:AllowedHosts:0"] = "127.0.0.1",
            ["Twilio:Media:AllowHttp"] = "true",
            ["Speech:Provider"] = "openai",
            ["Speech:OpenAi:BaseUrl"] = _server.Url,
            ["Speech:OpenAi:ApiKey"] = "test-key",
        });
        provider.GetRequiredService<IStartupValidator>().Validate();

        var result = await provider.GetRequiredService<VoiceNoteService>()
            .TranscribeAsync(MediaUrl, "audio/ogg", "ary", default);
        var intent = provider.GetRequiredService<OfferIntentReader>().Read(result.Transcript, "ary");

        result.Status.Should().Be(VoiceNoteStatus.Transcribed);
        intent.Kind.Should().Be(OfferIntentKind.Counter);
        intent.Amount.Should().Be(300);
    }

    [Fact]
    public void AddVoiceNotes_WhisperWithoutModel_FailsAtStartNamingTheSetting()
    {
        using var provider = BuildProvider(new()
        {
            ["Speech:Provider"] = "whisper",
            ["Speech:Whisper:ModelPath"] = "/nonexistent/ggml-base.bin",
        });

        var validate = () => provider.GetRequiredService<IStartupValidator>().Validate();

        validate.Should().Throw<OptionsValidationException>().WithMessage("*Speech:Whisper:ModelPath*");
    }

    [Fact]
    public void AddVoiceNotes_NoProvider_UsesNoSpeechToText()
    {
        using var provider = BuildProvider([]);

        provider.GetRequiredService<ISpeechToText>().Should().BeOfType<NoSpeechToText>();
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _http.Dispose();
    }

    private void ServeMedia(byte[] body, string contentType) =>
        _server.Given(Request.Create().WithPath("/media/ME1").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", contentType).WithBody(body));

    private VoiceNoteService CreateService(ISpeechToText speech)
    {
        var media = Options.Create(new TwilioMediaOptions
        {
            AllowedHosts = ["127.0.0.1"],
            AllowHttp = true,
            RetryDelay = TimeSpan.FromMilliseconds(5),
        });
        var audio = Options.Create(new AudioOptions { FfmpegPath = "/nonexistent/ffmpeg" });
        var downloader = new TwilioMediaDownloader(
            _http, media, TimeProvider.System, NullLogger<TwilioMediaDownloader>.Instance);
        var decoder = new AudioDecoder(new FfmpegAudioDecoder(audio, NullLogger<FfmpegAudioDecoder>.Instance), audio);
        return new VoiceNoteService(downloader, decoder, speech, NullLogger<VoiceNoteService>.Instance);
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IAmountRecognizer, LookupAmountRecognizer>();
        services.AddVoiceNotes(configuration);
        return services.BuildServiceProvider();
    }
}
