using SoukPlay.Dialogs.Conversations.Buyer;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Engine.Prompts;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Onboarding;

/// <summary>
/// The choice prompt of the onboarding questions (language, role). A buyer who comes from a shop's
/// link often sends its text (the bare code: see <c>ShopCodes.ClickToChatLink</c>) at the first
/// question they meet: a person without a role whose reply holds the code of an existing shop
/// leaves onboarding for that shop, as a buyer. The main dialog starts over and finds the code in
/// the message, so someone with a language lands in the shop in that language, and someone without
/// one is asked it first, the shop kept.
/// </summary>
public sealed class ShopCodeChoicePrompt : ChoicePrompt
{
    public ShopCodeChoicePrompt(string id)
        : base(id)
    {
    }

    public override async Task<DialogTurnResult> ContinueAsync(
        DialogContext dc,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        var context = dc.Context;
        var code = context.Person.Role == Role.None
            ? await ShopEntry.FindCodeAsync(context, context.Activity.Text, cancellationToken)
            : null;
        if (code is null)
        {
            return await base.ContinueAsync(dc, cancellationToken);
        }

        dc.CancelAllDialogs();
        return await dc.BeginDialogAsync(MainDialog.DialogId, null, cancellationToken);
    }
}
