using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Tests.Harness;

namespace SoukPlay.Dialogs.Tests.Engine;

public sealed class GlobalCommandsTests
{
    private static readonly PromptOptions Options = new()
    {
        Prompt = "onboarding.role.ask",
        Choices = [new("a", "role.artisan"), new("b", "role.buyer")],
    };

    [Theory]
    [InlineData("menu", GlobalCommand.Menu)]
    [InlineData("0", GlobalCommand.Menu)]
    [InlineData("٠", GlobalCommand.Menu)]
    [InlineData("0️⃣", GlobalCommand.Menu)]
    [InlineData("MENU", GlobalCommand.Menu)]
    [InlineData("القائمة", GlobalCommand.Menu)]
    [InlineData("help", GlobalCommand.Help)]
    [InlineData("Aide", GlobalCommand.Help)]
    [InlineData("مساعدة", GlobalCommand.Help)]
    [InlineData("3awni", GlobalCommand.Help)]
    [InlineData("langue", GlobalCommand.Language)]
    [InlineData("Language", GlobalCommand.Language)]
    [InlineData("لغة", GlobalCommand.Language)]
    [InlineData("lugha", GlobalCommand.Language)]
    [InlineData("menu please", GlobalCommand.None)]
    [InlineData("10", GlobalCommand.None)]
    public void Match_Word_FindsCommandInAnyLanguage(string text, GlobalCommand expected)
    {
        GlobalCommands.Match(text, MessageCatalog.LoadEmbedded()).Should().Be(expected);
    }

    [Fact]
    public async Task Help_InsidePrompt_AnswersHelpAndRepeatsQuestion()
    {
        using var flow = PromptFlow.Create(new ChoicePrompt("choice"), Options, "fr");
        await flow.Send(PromptFlow.Phone, "start");

        await flow.Send(PromptFlow.Phone, "aide")
            .ExpectReply(r => r.Should().StartWith("ℹ️ Comment ça marche"))
            .ExpectReply(r => r.Should().Be("🙋 Qui êtes-vous ?\n1️⃣ Artisan\n2️⃣ Acheteur"))
            .ExpectNoMoreReplies();

        await flow.Send(PromptFlow.Phone, "2").ExpectReply(r => r.Should().Be("got:1:b"));
    }

    [Fact]
    public async Task Menu_InsidePrompt_CancelsStackAndStartsMain()
    {
        using var flow = PromptFlow.Create(new ChoicePrompt("choice"), Options, "en");
        await flow.Send(PromptFlow.Phone, "start");
        await flow.Send(PromptFlow.Phone, "blue");

        await flow.Send(PromptFlow.Phone, "0")
            .ExpectReply(r => r.Should().StartWith("🙋 Who are you?"))
            .ExpectNoMoreReplies();

        await flow.Send(PromptFlow.Phone, "blue")
            .ExpectReply(r => r.Should().StartWith("🙋 Who are you?"));
    }

    [Fact]
    public async Task Language_InsidePrompt_AsksLanguage()
    {
        using var flow = PromptFlow.Create(new ChoicePrompt("choice"), Options, "ary");
        await flow.Send(PromptFlow.Phone, "start");

        await flow.Send(PromptFlow.Phone, "لغة").ExpectReply(r => r.Should().Contain("ختار اللغة"));
        await flow.Send(PromptFlow.Phone, "Français").ExpectReply(r => r.Should().Contain("on parle français"));

        flow.Person(PromptFlow.Phone)!.Language.Should().Be("fr");
    }
}
