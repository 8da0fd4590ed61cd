using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Recognizers;
using SoukPlay.Dialogs.Tests.Harness;

namespace SoukPlay.Dialogs.Tests.Engine;

public sealed class WaterfallDialogTests : IDisposable
{
    private const string Phone = PromptFlow.Phone;

    private readonly TestFlow _flow;

    public WaterfallDialogTests()
    {
        var listing = new WaterfallDialog("test.listing")
            .Add(new TextPrompt("title"))
            .Add(new NumberPrompt("price", new DigitsAmountRecognizer()))
            .AddStep((step, ct) => step.PromptAsync("title", new PromptOptions { Prompt = "onboarding.role.ask" }, ct))
            .AddStep((step, ct) =>
            {
                step.Values.Set("title", (string)step.Result!);
                return step.PromptAsync("price", new PromptOptions { Prompt = "onboarding.role.ask" }, ct);
            })
            .AddStep((step, ct) => step.NextAsync((decimal)step.Result! * 2, ct))
            .AddStep((step, ct) =>
            {
                step.Context.ReplyText($"{step.Values.Get<string>("title")} at {step.Result}");
                return step.EndDialogAsync(null, ct);
            });

        _flow = new TestFlow(
            services => services.AddSingleton<Dialog>(listing),
            turns => turns.MainDialogId = listing.Id);
        PromptFlow.SeedPerson(_flow, "en");
    }

    public void Dispose() => _flow.Dispose();

    [Fact]
    public async Task Steps_AcrossTurnsAndRestart_KeepValuesAndPassResults()
    {
        await _flow.Send(Phone, "new listing").ExpectReply(r => r.Should().Be("🙋 Who are you?"));
        await _flow.Send(Phone, "Tajine").ExpectReply(r => r.Should().Be("🙋 Who are you?"));

        _flow.Restart();

        await _flow.Send(Phone, "150").ExpectReply(r => r.Should().Be("Tajine at 300")).ExpectNoMoreReplies();
        var state = await _flow.Store.GetDialogStateAsync(Phone);
        state!.Json.Should().Be("""{"instances":[]}""");
    }

    [Fact]
    public async Task Waterfall_MidDialog_StackSavedAsJson()
    {
        await _flow.Send(Phone, "new listing");
        await _flow.Send(Phone, "Tajine");

        var state = await _flow.Store.GetDialogStateAsync(Phone);

        var stack = DialogStackState.FromJson(state!.Json);
        stack.Instances.Select(i => i.Id).Should().Equal("test.listing", "price");
        stack.Instances[0].State.Child("values").Get<string>("title").Should().Be("Tajine");
    }
}
