using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoukPlay.Dialogs.Language;
using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Recognizers;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Engine;

public static class DialogServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine: the embedded catalogues, the <see cref="DialogSet"/> built from
    /// every registered <see cref="Dialog"/>, and <see cref="ITurnProcessor"/>. The host registers
    /// an <c>IMarketStore</c>; a <see cref="TimeProvider"/> and an <see cref="IAmountRecognizer"/>
    /// are added when none is registered.
    /// </summary>
    public static IServiceCollection AddDialogEngine(
        this IServiceCollection services,
        Action<TurnOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptions<TurnOptions>().Configure(options => configure?.Invoke(options));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAmountRecognizer, DigitsAmountRecognizer>();
        services.TryAddSingleton<IMessageCatalog>(_ => MessageCatalog.LoadEmbedded());
        services.TryAddSingleton(BuildDialogSet);
        services.TryAddSingleton<ITurnProcessor, TurnProcessor>();
        return services;
    }

    /// <summary>Registers a dialog (a singleton; its constructor may take any service).</summary>
    public static IServiceCollection AddDialog<TDialog>(this IServiceCollection services)
        where TDialog : Dialog
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddSingleton<Dialog, TDialog>();
        return services;
    }

    /// <summary>Registers a dialog used only if no other dialog is registered under its id.</summary>
    public static IServiceCollection AddPlaceholderDialog(this IServiceCollection services, Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(dialog);

        services.AddSingleton(new PlaceholderDialog(dialog));
        return services;
    }

    private static DialogSet BuildDialogSet(IServiceProvider services)
    {
        var set = new DialogSet(services.GetServices<Dialog>());
        foreach (var placeholder in services.GetServices<PlaceholderDialog>())
        {
            if (set.Find(placeholder.Dialog.Id) is null)
            {
                set.Add(placeholder.Dialog);
            }
        }

        return set;
    }
}
