using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Bot.Translation;
using SoukPlay.Dialogs.Language.Translation;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SoukPlay.Bot.Tests.Translation;

public sealed class LlmTranslatorTests : IDisposable
{
    private readonly WireMockServer _server = LoopbackServer.Start();
    private readonly ServiceProvider _services;

    public LlmTranslatorTests()
    {
        _services = TranslationHost.Build(new()
        {
            ["Translation:Provider"] = "llm",
            ["Translation:Llm:Endpoint"] = _server.Urls[0] + "/v1",
            ["Translation:Llm:Model"] = "qwen2.5:7b",
            ["Translation:Llm:ApiKey"] = "test-key",
            ["Translation:Llm:Timeout"] = "00:00:03",
        });
    }

    private ITranslator Translator => _services.GetRequiredService<ITranslator>();

    private LlmTranslator Llm => _services.GetRequiredService<LlmTranslator>();

    [Fact]
    public async Task TranslateAsync_Arabizi_SendsChatCompletionWithDarijaPromptAndPlaceholders()
    {
        AnswerChat(200, Completion("Hola, quiero saber cuánto cuesta, le doy ⟦0⟧"));

        var result = await Translator.TranslateAsync("salam, bghit n3ref chhal, n3tik 300 dh", "ary-Latn", "es", default);

        var request = _server.LogEntries.Should().ContainSingle().Subject.RequestMessage;
        request.Method.Should().Be("POST");
        request.Path.Should().Be("/v1/chat/completions");
        request.Headers!["Authorization"].Should().Equal("Bearer test-key");
        using var body = JsonDocument.Parse(request.Body!);
        body.RootElement.GetProperty("model").GetString().Should().Be("qwen2.5:7b");
        var messages = body.RootElement.GetProperty("messages").EnumerateArray().ToList();
        messages.Select(m => m.GetProperty("role").GetString()).Should().Equal("system", "user");
        Content(messages[0]).Should().Contain("Arabizi").And.Contain("⟦0⟧").And.Contain("translation only");
        Content(messages[1]).Should().EndWith("salam, bghit n3ref chhal, n3tik ⟦0⟧")
            .And.Contain("Latin letters").And.Contain("to Spanish");
        result.Text.Should().Be("Hola, quiero saber cuánto cuesta, le doy 300 dh");
        result.Provider.Should().Be("llm");
    }

    [Fact]
    public async Task TranslateAsync_Unauthorized_FailsAsUnauthorizedWithoutRetry()
    {
        AnswerChat(401, """{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}""");

        var result = await Llm.TranslateAsync("bghit nchri", "ary-Latn", "fr", default);

        result.FailureReason.Should().Be("unauthorized");
        _server.LogEntries.Should().ContainSingle();
    }

    [Fact]
    public async Task TranslateAsync_TooManyRequestsWithRetryAfter_RetriesAndTranslates()
    {
        _server.Given(ChatRequest()).InScenario("rate").WillSetStateTo("served").AtPriority(10)
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1")
                .WithBody("""{"error":{"message":"Rate limit reached","type":"requests","code":"rate_limit_exceeded"}}"""));
        _server.Given(ChatRequest()).InScenario("rate").WhenStateIs("served").AtPriority(1)
            .RespondWith(Json(200, Completion("je veux acheter")));

        var result = await Llm.TranslateAsync("bghit nchri", "ary-Latn", "fr", default);

        result.Text.Should().Be("je veux acheter");
        _server.LogEntries.Should().HaveCount(2);
    }

    [Fact]
    public async Task TranslateAsync_ServerError_DeliversOriginalWithNote()
    {
        AnswerChat(500, """{"error":{"message":"model crashed"}}""");

        var result = await Translator.TranslateAsync("bghit nchri had zarbia", "ary-Latn", "en", default);

        result.Outcome.Should().Be(TranslationOutcome.Failed);
        result.FailureReason.Should().Be("unavailable");
        result.Text.Should().Be("bghit nchri had zarbia\n(translation unavailable right now, original message)");
        _server.LogEntries.Should().HaveCount(2, "one attempt and one retry");
    }

    [Fact]
    public async Task TranslateAsync_SlowModel_TimesOut()
    {
        _server.Given(ChatRequest()).RespondWith(Json(200, Completion("late")).WithDelay(TimeSpan.FromSeconds(10)));

        var result = await Llm.TranslateAsync("bghit nchri", "ary-Latn", "fr", default);

        result.FailureReason.Should().Be("timeout");
    }

    public void Dispose()
    {
        _services.Dispose();
        _server.Stop();
        _server.Dispose();
    }

    private static IRequestBuilder ChatRequest() => Request.Create().WithPath("/v1/chat/completions").UsingPost();

    private void AnswerChat(int status, string body) => _server.Given(ChatRequest()).RespondWith(Json(status, body));

    private static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    private static string Completion(string text) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-1",
        @object = "chat.completion",
        created = 1764800000,
        model = "qwen2.5:7b",
        choices = new[] { new { index = 0, message = new { role = "assistant", content = text }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 120, completion_tokens = 12, total_tokens = 132 },
    });

    /// <summary>OpenAI-compatible content is a string or a list of text parts.</summary>
    private static string Content(JsonElement message)
    {
        var content = message.GetProperty("content");
        return content.ValueKind == JsonValueKind.String
            ? content.GetString()!
            : string.Concat(content.EnumerateArray().Select(p => p.GetProperty("text").GetString()));
    }
}
