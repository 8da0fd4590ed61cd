using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Tests.Harness;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Engine.Prompts;

public sealed class TextAndAttachmentPromptTests
{
    private static readonly PromptOptions Options = new() { Prompt = "onboarding.role.ask" };

    [Fact]
    public async Task TextPrompt_Text_ReturnsTrimmedText()
    {
        using var flow = PromptFlow.Create(new TextPrompt("text"), Options);
        await flow.Send(PromptFlow.Phone, "start");

        await flow.Send(PromptFlow.Phone, "  Atelier Fatima  ").ExpectReply(r => r.Should().Be("got:Atelier Fatima"));
    }

    [Fact]
    public async Task TextPrompt_PhotoWithoutCaption_Retries()
    {
        using var flow = PromptFlow.Create(new TextPrompt("text"), Options);
        await flow.Send(PromptFlow.Phone, "start");

        await flow.Send(PromptFlow.Phone, "", Channel.WhatsApp, new MediaAttachment("https://m/1", "image/jpeg"))
            .ExpectReply(r => r.Should().Be("🙋 Who are you?"));
    }

    [Fact]
    public async Task AttachmentPrompt_Image_ReturnsIt()
    {
        using var flow = PromptFlow.Create(new AttachmentPrompt("photo"), Options);
        await flow.Send(PromptFlow.Phone, "start");

        await flow.Send(
                PromptFlow.Phone,
                "",
                Channel.WhatsApp,
                new MediaAttachment("https://m/a.ogg", "audio/ogg"),
                new MediaAttachment("https://m/p.jpg", "image/jpeg"))
            .ExpectReply(r => r.Should().Be("got:https://m/p.jpg"));
    }

    [Fact]
    public async Task AttachmentPrompt_TextOnly_Retries()
    {
        using var flow = PromptFlow.Create(new AttachmentPrompt("photo"), Options);
        await flow.Send(PromptFlow.Phone, "start");

        await flow.Send(PromptFlow.Phone, "here it is").ExpectReply(r => r.Should().Be("🙋 Who are you?"));
    }
}
