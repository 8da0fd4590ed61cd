using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Tests.Harness;

namespace SoukPlay.Dialogs.Tests.Engine;

public sealed class DialogContextAsideTests
{
    private readonly DialogSet _dialogs = new();

    public DialogContextAsideTests()
    {
        _dialogs.Add(new WaterfallDialog("question")
            .Add(new TextPrompt("question.prompt"))
            .AddStep((step, ct) => step.PromptAsync("question.prompt", new PromptOptions { Prompt = "q?" }, ct))
            .AddStep((step, ct) =>
            {
                step.Context.ReplyText($"question got {step.Result}");
                return step.EndDialogAsync(step.Result, ct);
            }));
        _dialogs.Add(new WaterfallDialog("aside")
            .AddStep((step, ct) => Task.FromResult(DialogTurnResult.Waiting))
            .AddStep((step, ct) => step.EndDialogAsync($"aside:{step.Result}", ct)));
        _dialogs.Add(new WaterfallDialog("other")
            .AddStep((step, ct) => Task.FromResult(DialogTurnResult.Waiting)));
    }

    [Fact]
    public async Task EndDialog_Aside_AsksTheQuestionBelowAgainWithoutGivingItTheResult()
    {
        var stack = new DialogStackState();
        await new DialogContext(_dialogs, TurnContexts.Create(), stack).BeginDialogAsync("question");
        await new DialogContext(_dialogs, TurnContexts.Create(), stack).BeginAsideAsync("aside");
        var context = TurnContexts.Create("fr");

        var result = await new DialogContext(_dialogs, context, stack).ContinueDialogAsync();

        result.Status.Should().Be(DialogTurnStatus.Waiting);
        context.Outgoing.Select(m => m.Body).Should().Equal("q?");
        stack.Instances.Select(i => i.Id).Should().Equal("question", "question.prompt");
    }

    [Fact]
    public async Task EndDialog_AsideWithNothingBelow_Completes()
    {
        var stack = new DialogStackState();
        await new DialogContext(_dialogs, TurnContexts.Create(), stack).BeginAsideAsync("aside");

        var result = await new DialogContext(_dialogs, TurnContexts.Create("x"), stack).ContinueDialogAsync();

        result.Should().Be(new DialogTurnResult(DialogTurnStatus.Complete, "aside:x"));
        stack.Instances.Should().BeEmpty();
    }

    [Fact]
    public async Task ReplaceDialog_Aside_ReplacementIsAnAsideToo()
    {
        var dc = new DialogContext(_dialogs, TurnContexts.Create(), new DialogStackState());
        await dc.BeginDialogAsync("question");
        await dc.BeginAsideAsync("aside");

        await dc.ReplaceDialogAsync("other");

        dc.ActiveDialog!.Id.Should().Be("other");
        dc.ActiveDialog.IsAside.Should().BeTrue();
        dc.Stack.Instances.Take(2).Should().OnlyContain(instance => !instance.IsAside);
    }

    [Fact]
    public async Task IsAsideAsking_AsideOrItsOwnPromptActive_TrueButNotDeeper()
    {
        var dc = new DialogContext(_dialogs, TurnContexts.Create(), new DialogStackState());
        await dc.BeginDialogAsync("other");
        dc.IsAsideAsking.Should().BeFalse();

        await dc.BeginAsideAsync("question");
        dc.Stack.Instances.Select(i => i.Id).Should().Equal("other", "question", "question.prompt");
        dc.IsAsideAsking.Should().BeTrue();

        await dc.BeginDialogAsync("aside");
        dc.IsAsideAsking.Should().BeFalse();
    }

    [Fact]
    public async Task StackState_Aside_SurvivesSavingAndOldStacksReadAsNoAside()
    {
        var dc = new DialogContext(_dialogs, TurnContexts.Create(), new DialogStackState());
        await dc.BeginDialogAsync("other");
        await dc.BeginAsideAsync("aside");

        var json = dc.Stack.ToJson();
        var read = DialogStackState.FromJson(json);

        read.Instances.Select(i => i.IsAside).Should().Equal(false, true);
        json.Should().Contain("\"isAside\":true").And.NotContain("\"isAside\":false");
        DialogStackState.FromJson("""{"instances":[{"id":"other","data":{}}]}""")
            .Instances.Single().IsAside.Should().BeFalse();
    }
}
