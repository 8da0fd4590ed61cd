using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Tests.Harness;

namespace SoukPlay.Dialogs.Tests.Engine;

public sealed class DialogContextTests
{
    private readonly DialogSet _dialogs = new();

    public DialogContextTests()
    {
        _dialogs.Add(new WaterfallDialog("parent")
            .AddStep((step, ct) => step.BeginDialogAsync("child", null, ct))
            .AddStep((step, ct) =>
            {
                step.Context.ReplyText($"parent got {step.Result}");
                return step.EndDialogAsync("parent done", ct);
            }));
        _dialogs.Add(new WaterfallDialog("child")
            .AddStep((step, ct) => Task.FromResult(DialogTurnResult.Waiting))
            .AddStep((step, ct) => step.EndDialogAsync($"child:{step.Result}", ct)));
    }

    [Fact]
    public async Task BeginDialog_ChildWaits_BothOnStack()
    {
        var dc = new DialogContext(_dialogs, TurnContexts.Create(), new DialogStackState());

        var result = await dc.BeginDialogAsync("parent");

        result.Status.Should().Be(DialogTurnStatus.Waiting);
        dc.Stack.Instances.Select(i => i.Id).Should().Equal("parent", "child");
    }

    [Fact]
    public async Task EndDialog_Child_ResumesParentWithResult()
    {
        var stack = new DialogStackState();
        await new DialogContext(_dialogs, TurnContexts.Create(), stack).BeginDialogAsync("parent");
        var context = TurnContexts.Create("hello");

        var result = await new DialogContext(_dialogs, context, stack).ContinueDialogAsync();

        context.Outgoing.Single().Body.Should().Be("parent got child:hello");
        result.Should().Be(new DialogTurnResult(DialogTurnStatus.Complete, "parent done"));
        stack.Instances.Should().BeEmpty();
    }

    [Fact]
    public async Task ReplaceDialog_DoesNotResumeParent()
    {
        var dc = new DialogContext(_dialogs, TurnContexts.Create(), new DialogStackState());
        await dc.BeginDialogAsync("parent");

        await dc.ReplaceDialogAsync("child");

        dc.Stack.Instances.Select(i => i.Id).Should().Equal("parent", "child");
        dc.Context.Outgoing.Should().BeEmpty();
    }

    [Fact]
    public async Task CancelAllDialogs_EmptiesStack()
    {
        var dc = new DialogContext(_dialogs, TurnContexts.Create(), new DialogStackState());
        await dc.BeginDialogAsync("parent");

        var result = dc.CancelAllDialogs();

        result.Status.Should().Be(DialogTurnStatus.Cancelled);
        dc.ActiveDialog.Should().BeNull();
    }

    [Fact]
    public async Task ContinueDialog_EmptyStack_ReturnsEmpty()
    {
        var dc = new DialogContext(_dialogs, TurnContexts.Create(), new DialogStackState());

        var result = await dc.ContinueDialogAsync();

        result.Status.Should().Be(DialogTurnStatus.Empty);
    }

    [Fact]
    public async Task ContinueDialog_SavedStackNamesRemovedDialog_ClearsStackAndReturnsEmpty()
    {
        var stack = DialogStackState.FromJson("""{"instances":[{"id":"gone.dialog","data":{"step":1}}]}""");
        var dc = new DialogContext(_dialogs, TurnContexts.Create(), stack);

        var result = await dc.ContinueDialogAsync();

        result.Status.Should().Be(DialogTurnStatus.Empty);
        stack.Instances.Should().BeEmpty();
    }

    [Fact]
    public async Task BeginDialog_UnknownId_ThrowsWithHowToFix()
    {
        var dc = new DialogContext(_dialogs, TurnContexts.Create(), new DialogStackState());

        var begin = () => dc.BeginDialogAsync("nobody");

        await begin.Should().ThrowAsync<InvalidOperationException>().WithMessage("*'nobody'*AddDialog*");
    }

    [Fact]
    public void DialogSet_SameIdTwice_Throws()
    {
        var add = () => _dialogs.Add(new WaterfallDialog("parent"));

        add.Should().Throw<InvalidOperationException>().WithMessage("*'parent'*");
    }
}
