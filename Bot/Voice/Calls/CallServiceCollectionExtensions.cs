namespace SoukPlay.Bot.Voice.Calls;

public static class CallServiceCollectionExtensions
{
    /// <summary>
    /// Registers phone calls about pending offers (<see cref="CallFlow"/>, <see cref="CallPrompts"/>,
    /// settings from the <c>Voice</c> section). Needs the market, the dialogs' catalogue and amount
    /// recognizer, and the messaging host (outbox). Map the webhook with <c>MapTwilioVoice</c>.
    /// </summary>
    public static IServiceCollection AddPhoneCalls(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<CallOptions>().Bind(configuration.GetSection(CallOptions.SectionName));
        services.AddSingleton<CallPrompts>();
        services.AddSingleton<CallFlow>();
        return services;
    }
}
