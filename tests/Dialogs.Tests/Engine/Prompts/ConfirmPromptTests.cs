using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Tests.Harness;

namespace SoukPlay.Dialogs.Tests.Engine.Prompts;

public sealed class ConfirmPromptTests
{
    private static readonly PromptOptions Options = new() { Prompt = "onboarding.role.ask" };

    [Theory]
    [InlineData("fr", "oui", "True")]
    [InlineData("fr", "Non", "False")]
    [InlineData("fr", "ouais merci", "True")]
    [InlineData("en", "yes", "True")]
    [InlineData("en", "no", "False")]
    [InlineData("ary", "ah", "True")]
    [InlineData("ary", "iyeh", "True")]
    [InlineData("ary", "نعم", "True")]
    [InlineData("ary", "واه", "True")]
    [InlineData("ary", "لا", "False")]
    [InlineData("ary", "la", "False")]
    [InlineData("ary", "1", "True")]
    [InlineData("fr", "2️⃣", "False")]
    [InlineData("en", "oui", "True")]
    public async Task Reply_YesOrNoWordOrDigit_ReturnsBool(string language, string reply, string expected)
    {
        using var flow = PromptFlow.Create(new ConfirmPrompt("confirm"), Options, language);
        await flow.Send(PromptFlow.Phone, "start");

        await flow.Send(PromptFlow.Phone, reply).ExpectReply(r => r.Should().Be("got:" + expected));
    }

    [Fact]
    public async Task Begin_Darija_ShowsYesNoMenu()
    {
        using var flow = PromptFlow.Create(new ConfirmPrompt("confirm"), Options, "ary");

        await flow.Send(PromptFlow.Phone, "start")
            .ExpectReply(r => r.Should().EndWith("\n1️⃣ ✅ إيه\n2️⃣ ❌ لا"));
    }

    [Fact]
    public async Task Reply_Maybe_RetriesWithQuestion()
    {
        using var flow = PromptFlow.Create(new ConfirmPrompt("confirm"), Options, "en");
        await flow.Send(PromptFlow.Phone, "start");

        await flow.Send(PromptFlow.Phone, "maybe")
            .ExpectReply(r => r.Should().Be("🙋 Who are you?\n1️⃣ ✅ Yes\n2️⃣ ❌ No"));
    }
}
