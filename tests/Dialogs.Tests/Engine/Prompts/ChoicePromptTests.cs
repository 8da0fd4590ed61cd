using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Tests.Harness;

namespace SoukPlay.Dialogs.Tests.Engine.Prompts;

public sealed class ChoicePromptTests : IDisposable
{
    private static readonly PromptOptions Options = new()
    {
        Prompt = "onboarding.role.ask",
        Retry = "onboarding.role.retry",
        Choices =
        [
            new("artisan", "role.artisan", "🧑‍🎨", "words.role.artisan"),
            new("buyer", "role.buyer", "🛍️", "words.role.buyer"),
            new("leader", "role.leader", "👥", "words.role.leader"),
        ],
    };

    private TestFlow _flow = PromptFlow.Create(new ChoicePrompt("choice"), Options);

    public void Dispose() => _flow.Dispose();

    [Theory]
    [InlineData("2")]
    [InlineData(" 2. ")]
    [InlineData("٢")]
    [InlineData("۲")]
    [InlineData("2\uFE0F\u20E3")]
    [InlineData("2\u20E3")]
    [InlineData("buyer")]
    [InlineData("BUYER!")]
    [InlineData("I am a customer")]
    public async Task Reply_NumberInAnyScriptOrWord_PicksSecondOption(string reply)
    {
        await _flow.Send(PromptFlow.Phone, "start");

        await _flow.Send(PromptFlow.Phone, reply).ExpectReply(r => r.Should().Be("got:1:buyer"));
    }

    [Theory]
    [InlineData("two")]
    [InlineData("deux")]
    [InlineData("dos")]
    [InlineData("jouj")]
    [InlineData("joj")]
    [InlineData("جوج")]
    [InlineData("اثنان")]
    public async Task Reply_NumberInWords_PicksThatOption(string reply)
    {
        await _flow.Send(PromptFlow.Phone, "start");

        await _flow.Send(PromptFlow.Phone, reply).ExpectReply(r => r.Should().Be("got:1:buyer"));
    }

    [Theory]
    [InlineData("two hundred")]
    [InlineData("I want two")]
    [InlineData("two euros")]
    [InlineData("seven")]
    public async Task Reply_NumberWordsThatNameNoOption_AskedAgain(string reply)
    {
        await _flow.Send(PromptFlow.Phone, "start");

        await _flow.Send(PromptFlow.Phone, reply).ExpectReply(r => r.Should().NotStartWith("got:"));
    }

    [Fact]
    public async Task Begin_RendersKeycapMenuWithEmojiAndLocalizedLabels()
    {
        await _flow.Send(PromptFlow.Phone, "start")
            .ExpectReply(r => r.Should().Be(
                "🙋 Who are you?\n1️⃣ 🧑‍🎨 Artisan\n2️⃣ 🛍️ Buyer\n3️⃣ 👥 Cooperative leader"));
    }

    [Fact]
    public async Task Reply_AccentedFrenchWordForFrenchReader_Picks()
    {
        _flow.Dispose();
        _flow = PromptFlow.Create(new ChoicePrompt("choice"), Options, language: "fr");
        await _flow.Send(PromptFlow.Phone, "start").ExpectReply(r => r.Should().Contain("2️⃣ 🛍️ Acheteur"));

        await _flow.Send(PromptFlow.Phone, "Présidente").ExpectReply(r => r.Should().Be("got:2:leader"));
    }

    [Fact]
    public async Task Reply_WordFromAnotherLanguage_StillPicks()
    {
        await _flow.Send(PromptFlow.Phone, "start");

        await _flow.Send(PromptFlow.Phone, "مشتري").ExpectReply(r => r.Should().Be("got:1:buyer"));
    }

    [Theory]
    [InlineData("4")]
    [InlineData("artisan buyer")]
    [InlineData("blue")]
    public async Task Reply_OutOfRangeOrTwoOptionsOrUnknown_RetriesWithMenu(string reply)
    {
        await _flow.Send(PromptFlow.Phone, "start");

        await _flow.Send(PromptFlow.Phone, reply)
            .ExpectReply(r => r.Should().StartWith("Pick 1, 2 or 3 👇\n1️⃣ 🧑‍🎨 Artisan"))
            .ExpectNoMoreReplies();
    }

    [Fact]
    public async Task Reply_SecondUnusable_SaysHelpThenQuestion_ThenStillAccepts()
    {
        await _flow.Send(PromptFlow.Phone, "start");
        await _flow.Send(PromptFlow.Phone, "blue").ExpectReply(r => r.Should().StartWith("Pick 1, 2 or 3"));

        await _flow.Send(PromptFlow.Phone, "green")
            .ExpectReply(r => r.Should().StartWith("ℹ️ Reply with the number"))
            .ExpectReply(r => r.Should().StartWith("🙋 Who are you?\n1️⃣"))
            .ExpectNoMoreReplies();

        await _flow.Send(PromptFlow.Phone, "1").ExpectReply(r => r.Should().Be("got:0:artisan"));
    }

    [Fact]
    public async Task Reply_ButtonPayload_WinsOverText()
    {
        await _flow.Send(PromptFlow.Phone, "start");
        var tapped = _flow.Send(PromptFlow.Phone, "Leader").Activity with { ButtonPayload = "artisan" };

        var messages = await _flow.RunAsync(tapped);

        messages.Single().Body.Should().Be("got:0:artisan");
    }

    [Fact]
    public async Task Prompt_AfterRestart_StillRecognizesFromSavedOptions()
    {
        await _flow.Send(PromptFlow.Phone, "start");

        _flow.Restart();

        await _flow.Send(PromptFlow.Phone, "3").ExpectReply(r => r.Should().Be("got:2:leader"));
    }
}
