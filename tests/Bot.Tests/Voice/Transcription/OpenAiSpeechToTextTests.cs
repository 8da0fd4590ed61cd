using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SoukPlay.Bot.Voice.Transcription;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SoukPlay.Bot.Tests.Voice.Transcription;

public sealed class OpenAiSpeechToTextTests : IDisposable
{
    private const string Path = "/v1/audio/transcriptions";
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly HttpClient _http = new();
    private readonly short[] _pcm = Enumerable.Range(0, 1600).Select(i => (short)(i % 200 * 50)).ToArray();

    [Fact]
    public async Task TranscribeAsync_Ok_SendsWavModelLanguageAsMultipartWithBearerKey()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json")
                .WithBody("""{"text":" je propose deux cents "}"""));

        var result = await CreateProvider().TranscribeAsync(_pcm, "fr", default);

        result.Status.Should().Be(TranscriptionStatus.Ok);
        result.Text.Should().Be("je propose deux cents");
        result.Language.Should().Be("fr");
        var request = _server.LogEntries.Single().RequestMessage;
        request.Headers!["Authorization"].Should().Equal("Bearer test-key");
        var parts = await ReadMultipartAsync(request.Headers["Content-Type"][0], request.BodyAsBytes!);
        Encoding.UTF8.GetString(parts["model"]).Should().Be("whisper-1");
        Encoding.UTF8.GetString(parts["language"]).Should().Be("fr");
        Encoding.UTF8.GetString(parts["response_format"]).Should().Be("json");
        var wav = parts["file"];
        Encoding.ASCII.GetString(wav, 0, 4).Should().Be("RIFF");
        Encoding.ASCII.GetString(wav, 8, 4).Should().Be("WAVE");
        BitConverter.ToInt32(wav, 24).Should().Be(16000);
        wav.Length.Should().Be(44 + (_pcm.Length * 2));
        BitConverter.ToInt16(wav, 44 + 20).Should().Be(_pcm[10]);
    }

    [Fact]
    public async Task TranscribeAsync_DarijaHint_SendsArabic()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithBody("""{"text":"bghit 300"}"""));

        await CreateProvider().TranscribeAsync(_pcm, "ary-Latn", default);

        var request = _server.LogEntries.Single().RequestMessage;
        var parts = await ReadMultipartAsync(request.Headers!["Content-Type"][0], request.BodyAsBytes!);
        Encoding.UTF8.GetString(parts["language"]).Should().Be("ar");
    }

    [Fact]
    public async Task TranscribeAsync_Unauthorized_FailsWithoutRetry()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":"bad key"}"""));

        var result = await CreateProvider().TranscribeAsync(_pcm, "en", default);

        result.Status.Should().Be(TranscriptionStatus.Failed);
        result.Reason.Should().Contain("401");
        _server.LogEntries.Should().ContainSingle();
    }

    [Fact]
    public async Task TranscribeAsync_TooManyRequestsWithRetryAfter_WaitsThenSucceeds()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .InScenario("busy").WillSetStateTo("free")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .InScenario("busy").WhenStateIs("free")
            .RespondWith(Response.Create().WithBody("""{"text":"I can do 250"}"""));
        var clock = Stopwatch.StartNew();

        var result = await CreateProvider().TranscribeAsync(_pcm, "en", default);

        result.Text.Should().Be("I can do 250");
        _server.LogEntries.Should().HaveCount(2);
        clock.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(900), "Retry-After asked for one second");
    }

    [Fact]
    public async Task TranscribeAsync_RetryAfterTooLong_FailsAtOnce()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "3600"));

        var result = await CreateProvider().TranscribeAsync(_pcm, "en", default);

        result.Status.Should().Be(TranscriptionStatus.Failed);
        result.Reason.Should().Contain("429");
        _server.LogEntries.Should().ContainSingle();
    }

    [Fact]
    public async Task TranscribeAsync_ServerError_RetriesThenFails()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(500));

        var result = await CreateProvider(o => o.MaxAttempts = 3).TranscribeAsync(_pcm, "en", default);

        result.Status.Should().Be(TranscriptionStatus.Failed);
        result.Reason.Should().Contain("500");
        _server.LogEntries.Should().HaveCount(3);
    }

    [Fact]
    public async Task TranscribeAsync_ServerTooSlow_TimesOutAndFails()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(10)).WithBody("""{"text":"late"}"""));
        var clock = Stopwatch.StartNew();

        var result = await CreateProvider(o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(200);
            o.MaxAttempts = 2;
        }).TranscribeAsync(_pcm, "en", default);

        result.Status.Should().Be(TranscriptionStatus.Failed);
        result.Reason.Should().Contain("TimeoutRejected");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "two attempts of 200 ms, not the server's 10 s");
    }

    [Fact]
    public async Task TranscribeAsync_MalformedJson_Fails()
    {
        _server.Given(Request.Create().WithPath(Path).UsingPost())
            .RespondWith(Response.Create().WithBody("not json"));

        var result = await CreateProvider().TranscribeAsync(_pcm, "en", default);

        result.Status.Should().Be(TranscriptionStatus.Failed);
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _http.Dispose();
    }

    private static async Task<Dictionary<string, byte[]>> ReadMultipartAsync(string contentType, byte[] body)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value!;
        var reader = new MultipartReader(boundary, new MemoryStream(body));
        var parts = new Dictionary<string, byte[]>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            parts[HeaderUtilities.RemoveQuotes(disposition.Name).Value!] = content.ToArray();
        }

        return parts;
    }

    private OpenAiSpeechToText CreateProvider(Action<OpenAiSpeechOptions>? configure = null)
    {
        var options = new SpeechOptions
        {
            Provider = SpeechProvider.OpenAi,
            OpenAi = new OpenAiSpeechOptions
            {
                BaseUrl = new Uri(_server.Url!),
                ApiKey = "test-key",
                RetryDelay = TimeSpan.FromMilliseconds(5),
                MaxRetryAfter = TimeSpan.FromSeconds(5),
            },
        };
        configure?.Invoke(options.OpenAi);
        return new OpenAiSpeechToText(
            _http, Options.Create(options), TimeProvider.System, NullLogger<OpenAiSpeechToText>.Instance);
    }
}
