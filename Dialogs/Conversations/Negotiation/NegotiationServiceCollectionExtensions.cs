using Microsoft.Extensions.DependencyInjection;
using SoukPlay.Dialogs.Engine;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

public static class NegotiationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the negotiation dialogs: answering an offer (also begun by the runner when a
    /// person has a negotiation in focus) and the "my offers" inbox. Needs <c>AddMarket</c>.
    /// </summary>
    public static IServiceCollection AddNegotiation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddDialog<NegotiationAnswerDialog>();
        services.AddDialog<NegotiationInboxDialog>();
        services.Configure<TurnOptions>(options => options.Interruptions.Add(new DialogInterruption(
            NegotiationAnswerDialog.DialogId,
            person => !string.IsNullOrEmpty(person.FocusNegotiationId))));
        return services;
    }
}
