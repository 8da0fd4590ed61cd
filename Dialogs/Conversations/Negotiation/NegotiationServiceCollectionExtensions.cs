using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SoukPlay.Dialogs.Language.Translation;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

public static class NegotiationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the negotiation dialogs: answering an offer (also begun by the runner when a
    /// person has a negotiation in focus, and shown again after "help" or an aside when it waits for
    /// them) and the "my offers" inbox, and the relay that translates what one side writes for the
    /// other (the glossary translator unless a translator is already registered; call
    /// <c>AddTranslation</c> first). Needs <c>AddMarket</c>.
    /// Voice notes are heard by the registered <see cref="IVoiceNoteReader"/>; without one, every
    /// voice note is passed on as audio (<see cref="NoVoiceNoteReader"/>).
    /// </summary>
    public static IServiceCollection AddNegotiation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton<ITranslator, GlossaryTranslator>();
        services.TryAddSingleton<NegotiationRelay>();
        services.TryAddSingleton<IVoiceNoteReader, NoVoiceNoteReader>();
        services.TryAddSingleton<OfferAmountDialog>();
        services.AddDialog<NegotiationAnswerDialog>();
        services.AddDialog<NegotiationInboxDialog>();
        services.Configure<TurnOptions>(options => options.Interruptions.Add(new DialogInterruption(
            NegotiationAnswerDialog.DialogId,
            person => !string.IsNullOrEmpty(person.FocusNegotiationId),
            person => new NegotiationAnswerOptions(person.FocusNegotiationId!, ShowOnly: true))));
        return services;
    }
}
