using SoukPlay.Dialogs.Engine;

namespace SoukPlay.Dialogs.Conversations.Artisan;

/// <summary>
/// Stands in for <see cref="ArtisanMainDialog.OffersDialogId"/> until the negotiation room
/// registers the real inbox: says offers will show here soon and ends, back to the menu.
/// </summary>
public sealed class OffersComingSoonDialog : Dialog
{
    public OffersComingSoonDialog()
        : base(ArtisanMainDialog.OffersDialogId)
    {
    }

    public override async Task<DialogTurnResult> BeginAsync(
        DialogContext dc,
        object? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        dc.Context.Reply("artisan.offers.soon");
        return await dc.EndDialogAsync(null, cancellationToken);
    }
}
