namespace SoukPlay.Bot.Market;

public static class NegotiationExpiryServiceCollectionExtensions
{
    /// <summary>
    /// Runs <see cref="NegotiationExpiryService"/> (and with it <see cref="DealChatEndings"/>) in
    /// the background, with its options bound from the <c>NegotiationExpiry</c> section and checked
    /// at start. Needs <c>AddMarket</c>,
    /// <c>AddDialogEngine</c> and the messaging host (for the outbox signal).
    /// </summary>
    public static IServiceCollection AddNegotiationExpiry(
        this IServiceCollection services,
        IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<NegotiationExpiryOptions>()
            .Bind(configuration.GetSection(NegotiationExpiryOptions.SectionName))
            .Validate(o => o.Interval > TimeSpan.Zero, "NegotiationExpiry:Interval must be more than 0.")
            .ValidateOnStart();
        services.AddSingleton<DealChatEndings>();
        services.AddSingleton<NegotiationExpiryService>();
        services.AddHostedService(provider => provider.GetRequiredService<NegotiationExpiryService>());
        return services;
    }
}
