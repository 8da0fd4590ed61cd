using System.Text.Json;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Engine;

public sealed class DialogStackStateTests
{
    [Fact]
    public void ToJsonFromJson_ValuesOfEveryKind_RoundTripExactly()
    {
        var stack = new DialogStackState();
        var instance = new DialogInstance("listing");
        stack.Instances.Add(instance);
        var values = instance.State.Child("values");
        values.Set("title", "Tajine en terre cuite");
        values.Set("price", 1250.50m);
        values.Set("quantity", 3);
        values.Set("handmade", true);
        values.Set("zone", Zone.Rural);
        values.Set("options", new PromptOptions
        {
            Prompt = new LocalizedText("price.ask", new Dictionary<string, object?> { ["max"] = 900 }),
            Choices = [new Choice("a", "label.a", "🏺")],
        });

        var restored = DialogStackState.FromJson(stack.ToJson());

        var read = restored.Active!.State.Child("values");
        restored.Active.Id.Should().Be("listing");
        read.Get<string>("title").Should().Be("Tajine en terre cuite");
        read.Get<decimal>("price").Should().Be(1250.50m);
        read.Get<int>("quantity").Should().Be(3);
        read.Get<bool>("handmade").Should().BeTrue();
        read.Get<Zone>("zone").Should().Be(Zone.Rural);
        var options = read.Get<PromptOptions>("options")!;
        options.Choices.Should().Equal(new Choice("a", "label.a", "🏺"));
        ((JsonElement)options.Prompt.Args!["max"]!).GetInt32().Should().Be(900);
        restored.ToJson().Should().Be(stack.ToJson());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FromJson_Blank_IsEmptyStack(string? json)
    {
        DialogStackState.FromJson(json).Instances.Should().BeEmpty();
    }

    [Fact]
    public void Get_MissingKey_ReturnsDefault()
    {
        var values = new DialogInstance("x").State;

        values.Get<int>("missing").Should().Be(0);
        values.Get<string>("missing").Should().BeNull();
    }
}
