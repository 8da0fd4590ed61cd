using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Harness;

/// <summary>
/// A flow whose main dialog asks one prompt and answers <c>got:{result}</c>, for a person who
/// has already chosen a language and a role.
/// </summary>
public static class PromptFlow
{
    public const string Phone = "+212600000042";

    public static TestFlow Create(Dialog prompt, PromptOptions options, string language = "en")
    {
        var main = new WaterfallDialog("test.main")
            .Add(prompt)
            .AddStep((step, ct) => step.PromptAsync(prompt.Id, options, ct))
            .AddStep((step, ct) =>
            {
                step.Context.ReplyText("got:" + Describe(step.Result));
                return step.EndDialogAsync(step.Result, ct);
            });

        var flow = new TestFlow(
            services => services.AddSingleton<Dialog>(main),
            turns => turns.MainDialogId = main.Id);
        SeedPerson(flow, language);
        return flow;
    }

    /// <summary>Stores an onboarded person, so the flow starts in the dialog under test.</summary>
    public static void SeedPerson(TestFlow flow, string language, string phone = Phone)
    {
        var changes = new Storage.ChangeSet().Put(new Person
        {
            Id = phone,
            Language = language,
            Role = Role.Buyer,
            LastChannel = Channel.WhatsApp,
            LastBotNumber = TestFlow.BotNumber,
        });
        flow.Store.CommitAsync(changes).GetAwaiter().GetResult();
    }

    private static string Describe(object? result) => result switch
    {
        FoundChoice choice => $"{choice.Index}:{choice.Value}",
        MediaAttachment media => media.Url,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => result?.ToString() ?? "null",
    };
}
