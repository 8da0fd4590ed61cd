using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Translation;
using SoukPlay.Dialogs.Language.Translation;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SoukPlay.Bot.Tests.Translation;

public sealed class AzureTranslatorTests : IDisposable
{
    private readonly WireMockServer _server = LoopbackServer.Start();
    private readonly InMemoryTranslationCache _cache = new();
    private readonly ServiceProvider _services;

    public AzureTranslatorTests()
    {
        _services = TranslationHost.Build(new()
        {
            ["Translation:Provider"] = "azure",
            ["Translation:Azure:Key"] = "test-key",
            ["Translation:Azure:Region"] = "westeurope",
            ["Translation:Azure:Endpoint"] = _server.Urls[0],
            ["Translation:Azure:Timeout"] = "00:00:03",
        }, _cache);
    }

    private ITranslator Translator => _services.GetRequiredService<ITranslator>();

    private AzureTranslator Azure => _services.GetRequiredService<AzureTranslator>();

    [Fact]
    public async Task TranslateAsync_DarijaToFrench_SendsExactV3RequestAndRestoresPrice()
    {
        AnswerTranslate(200, """[{"translations":[{"text":"Je veux acheter un tapis à ⟦0⟧","to":"fr"}]}]""");

        var result = await Translator.TranslateAsync("بغيت نشري زربية ب 1200 درهم", "ary", "fr", default);

        var request = _server.LogEntries.Should().ContainSingle().Subject.RequestMessage;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/translate");
        request.Query!["api-version"].Should().Equal("3.0");
        request.Query["from"].Should().Equal("ar");
        request.Query["to"].Should().Equal("fr");
        request.Headers!["Ocp-Apim-Subscription-Key"].Should().Equal("test-key");
        request.Headers["Ocp-Apim-Subscription-Region"].Should().Equal("westeurope");
        request.Headers["Content-Type"].Single().Should().StartWith("application/json");
        Texts(request.Body!).Should().Equal("بغيت نشري زربية ب ⟦0⟧");
        result.Text.Should().Be("Je veux acheter un tapis à 1200 درهم");
        result.Outcome.Should().Be(TranslationOutcome.ReducedQuality);
    }

    [Fact]
    public async Task TranslateBatchAsync_SeveralTexts_OneRequestInOrder()
    {
        AnswerTranslate(200, """
            [{"translations":[{"text":"Hello","to":"en"}]},
             {"translations":[{"text":"Too expensive","to":"en"}]},
             {"translations":[{"text":"Thanks","to":"en"}]}]
            """);

        var results = await Azure.TranslateBatchAsync(["Bonjour", "Trop cher", "Merci"], "fr", "en", default);

        _server.LogEntries.Should().ContainSingle();
        Texts(_server.LogEntries.Single().RequestMessage.Body!).Should().Equal("Bonjour", "Trop cher", "Merci");
        results.Select(r => r.Text).Should().Equal("Hello", "Too expensive", "Thanks");
    }

    [Fact]
    public async Task TranslateAsync_Unauthorized_FailsWithoutRetryAndDeliversOriginalWithNote()
    {
        AnswerTranslate(401, """{"error":{"code":401000,"message":"The request is not authorized because credentials are missing or invalid."}}""");

        var direct = await Azure.TranslateAsync("Hola amigo", "es", "fr", default);
        var delivered = await Translator.TranslateAsync("Hola amigo", "es", "fr", default);

        direct.FailureReason.Should().Be("unauthorized");
        delivered.Text.Should().Be("Hola amigo\n(traduction indisponible pour le moment, message d'origine)");
        _server.LogEntries.Should().HaveCount(2, "a 401 is not retried");
        _cache.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task TranslateAsync_TooManyRequestsWithShortRetryAfter_WaitsAndRetries()
    {
        _server.Given(TranslateRequest()).InScenario("quota").WillSetStateTo("served").AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1")
                .WithBody("""{"error":{"code":429001,"message":"The server rejected the request because the client has exceeded request limits."}}"""));
        _server.Given(TranslateRequest()).InScenario("quota").WhenStateIs("served").AtPriority(1)
            .RespondWith(Json(200, """[{"translations":[{"text":"Hello friend","to":"en"}]}]"""));
        var clock = Stopwatch.StartNew();

        var result = await Azure.TranslateAsync("Hola amigo", "es", "en", default);

        result.Text.Should().Be("Hello friend");
        _server.LogEntries.Should().HaveCount(2);
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900), "Retry-After said one second");
    }

    [Fact]
    public async Task TranslateAsync_TooManyRequestsWithLongRetryAfter_FailsAtOnceAsOverQuota()
    {
        _server.Given(TranslateRequest()).RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "30")
            .WithBody("""{"error":{"code":429001,"message":"Too many requests"}}"""));
        var clock = Stopwatch.StartNew();

        var result = await Azure.TranslateAsync("Hola amigo", "es", "en", default);

        result.FailureReason.Should().Be("over-quota");
        _server.LogEntries.Should().ContainSingle();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "it must not wait the 30 s asked for");
    }

    [Fact]
    public async Task TranslateAsync_ServerError_RetriesThenFailsAsUnavailable()
    {
        AnswerTranslate(500, """{"error":{"code":500000,"message":"An unexpected error occurred."}}""");

        var result = await Azure.TranslateAsync("Hola amigo", "es", "en", default);

        result.FailureReason.Should().Be("unavailable");
        _server.LogEntries.Should().HaveCount(3, "one attempt and two retries");
    }

    [Fact]
    public async Task TranslateAsync_SlowServer_GivesUpAtTotalTimeout()
    {
        _server.Given(TranslateRequest()).RespondWith(Json(200, """[{"translations":[{"text":"late","to":"en"}]}]""")
            .WithDelay(TimeSpan.FromSeconds(10)));
        var clock = Stopwatch.StartNew();

        var result = await Translator.TranslateAsync("Hola amigo", "es", "en", default);

        result.Outcome.Should().Be(TranslationOutcome.Failed);
        result.FailureReason.Should().Be("timeout");
        result.Text.Should().StartWith("Hola amigo\n");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(6), "the total timeout is 3 s");
    }

    [Fact]
    public async Task TranslateAsync_Arabizi_IsNeverSentToAzure()
    {
        var result = await Translator.TranslateAsync("chhal?", "ary-Latn", "es", default);

        _server.LogEntries.Should().BeEmpty();
        result.Text.Should().Be("¿cuánto?");
        result.Provider.Should().Be("glossary");
    }

    [Fact]
    public async Task TranslateAsync_SameTextAgain_IsServedFromCacheWithoutRequest()
    {
        AnswerTranslate(200, """[{"translations":[{"text":"How much is the rug?","to":"en"}]}]""");

        await Translator.TranslateAsync("Combien coûte le tapis ?", "fr", "en", default);
        var again = await Translator.TranslateAsync("Combien coûte le tapis ?", "fr", "en", default);

        _server.LogEntries.Should().ContainSingle();
        again.Text.Should().Be("How much is the rug?");
        again.Provider.Should().Be("cache:azure");
    }

    [Fact]
    public async Task DetectAsync_Texts_PostsToDetectAndReadsLanguages()
    {
        _server.Given(Request.Create().WithPath("/detect").UsingPost()).RespondWith(Json(200,
            """[{"language":"fr","score":0.98,"isTranslationSupported":true,"isTransliterationSupported":false}]"""));

        var detections = await Azure.DetectAsync(["Bonjour, le tapis est encore disponible ?"], default);

        detections.Should().Equal(new AzureDetection("fr", 0.98));
        var request = _server.LogEntries.Single().RequestMessage;
        request.Query!["api-version"].Should().Equal("3.0");
        request.Headers!["Ocp-Apim-Subscription-Key"].Should().Equal("test-key");
        Texts(request.Body!).Should().Equal("Bonjour, le tapis est encore disponible ?");
    }

    [Fact]
    public void AddTranslation_AzureWithoutKey_FailsAtStartNamingTheSetting()
    {
        using var services = TranslationHost.Build(new()
        {
            ["Translation:Provider"] = "azure",
            ["Translation:Azure:Region"] = "westeurope",
        });

        var start = () => services.GetRequiredService<IStartupValidator>().Validate();

        start.Should().Throw<OptionsValidationException>().WithMessage("*Translation:Azure:Key*");
    }

    public void Dispose()
    {
        _services.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    private static IRequestBuilder TranslateRequest() => Request.Create().WithPath("/translate").UsingPost();

    private void AnswerTranslate(int status, string body) => _server.Given(TranslateRequest()).RespondWith(Json(status, body));

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json; charset=utf-8").WithBody(body);

    private static List<string> Texts(string body)
    {
        using var json = JsonDocument.Parse(body);
        return [.. json.RootElement.EnumerateArray().Select(e =>
        {
            e.EnumerateObject().Select(p => p.Name).Should().Equal("Text");
            return e.GetProperty("Text").GetString()!;
        })];
    }
}
