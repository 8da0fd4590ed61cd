using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Tests.Harness;

/// <summary>
/// Counts the messages of a conversation in its saved state (so a lost update shows as a wrong
/// count). "tell +212..." notifies that person; "long" replies a 4 000-character text; "quiet"
/// says nothing.
/// </summary>
public sealed class CounterDialog : Dialog
{
    public const string DialogId = "test.counter";

    public CounterDialog()
        : base(DialogId)
    {
    }

    public override Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken) =>
        ContinueAsync(dc, cancellationToken);

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var count = state.Get<int>("count") + 1;
        state.Set("count", count);

        var text = dc.Context.Activity.Text;
        if (text.StartsWith("tell ", StringComparison.Ordinal))
        {
            var recipient = await dc.Context.Store.GetPersonAsync(text[5..], cancellationToken);
            dc.Context.Notify(recipient!, new LocalizedText("onboarding.role.saved", new Dictionary<string, object?>
            {
                ["role"] = "Fatima",
            }), "test.notice");
        }

        if (text == "long")
        {
            dc.Context.ReplyText(string.Concat(Enumerable.Repeat("Un tapis berbère tissé à la main. ", 120)));
        }

        if (text != "quiet")
        {
            dc.Context.ReplyText($"count={count}");
        }

        return DialogTurnResult.Waiting;
    }

    /// <summary>The count saved for <paramref name="phone"/>.</summary>
    public static async Task<int> SavedCountAsync(LiteDbTestStore store, string phone)
    {
        var state = await store.GetDialogStateAsync(phone);
        return DialogStackState.FromJson(state?.Json).Active?.State.Get<int>("count") ?? 0;
    }

    /// <summary>A person as another turn would have stored them.</summary>
    public static Person Recipient(string phone, string language, Channel channel, string botNumber) => new()
    {
        Id = phone,
        Language = language,
        Role = Role.Artisan,
        LastChannel = channel,
        LastBotNumber = botNumber,
    };
}
