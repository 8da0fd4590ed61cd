using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Recognizers;
using SoukPlay.Dialogs.Tests.Harness;

namespace SoukPlay.Dialogs.Tests.Engine.Prompts;

public sealed class NumberPromptTests
{
    private static readonly PromptOptions Options = new()
    {
        Prompt = "onboarding.role.ask",
        Retry = "onboarding.role.retry",
    };

    [Theory]
    [InlineData("250", "250")]
    [InlineData("1 200", "1200")]
    [InlineData("١٢٠٠ درهم", "1200")]
    [InlineData("۳۵۰", "350")]
    [InlineData("2\uFE0F\u20E35\uFE0F\u20E3", "25")]
    public async Task Reply_DigitsInAnyScript_ReturnsAmount(string reply, string expected)
    {
        using var flow = PromptFlow.Create(new NumberPrompt("number", new DigitsAmountRecognizer()), Options);
        await flow.Send(PromptFlow.Phone, "start");

        await flow.Send(PromptFlow.Phone, reply).ExpectReply(r => r.Should().Be("got:" + expected));
    }

    [Fact]
    public async Task Validator_RefusesWithOwnText_ThenAcceptsValidAmount()
    {
        var prompt = new NumberPrompt("number", new DigitsAmountRecognizer(), (context, _) =>
        {
            context.RetryText = "help.fallback";
            return Task.FromResult(context.Recognized.Value >= 10);
        });
        using var flow = PromptFlow.Create(prompt, Options);
        await flow.Send(PromptFlow.Phone, "start");

        await flow.Send(PromptFlow.Phone, "5")
            .ExpectReply(r => r.Should().StartWith("🤔 Sorry, I did not understand."))
            .ExpectNoMoreReplies();

        await flow.Send(PromptFlow.Phone, "15").ExpectReply(r => r.Should().Be("got:15"));
    }

    [Fact]
    public async Task Reply_NoNumber_RetriesThenHelps()
    {
        using var flow = PromptFlow.Create(new NumberPrompt("number", new DigitsAmountRecognizer()), Options);
        await flow.Send(PromptFlow.Phone, "start");

        await flow.Send(PromptFlow.Phone, "cheap").ExpectReply(r => r.Should().Be("Pick 1, 2 or 3 👇"));
        await flow.Send(PromptFlow.Phone, "cheap")
            .ExpectReply(r => r.Should().StartWith("ℹ️"))
            .ExpectReply(r => r.Should().Be("🙋 Who are you?"));
    }
}
