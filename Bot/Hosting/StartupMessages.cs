using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.DevChat;
using SoukPlay.Bot.Twilio;

namespace SoukPlay.Bot.Hosting;

/// <summary>Tells the person who started the host how to reach it, and shouts about unsafe settings.</summary>
internal static class StartupMessages
{
    public static void Register(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() => Write(app));
    }

    private static void Write(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SoukPlay.Bot");
        var twilio = app.Services.GetRequiredService<IOptions<TwilioOptions>>().Value;
        if (!twilio.IsConfigured)
        {
            Twilio.Log.LocalMode(logger);
        }
        else if (!twilio.ValidateSignatures)
        {
            Twilio.Log.SignaturesOff(logger);
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        foreach (var address in addresses ?? [])
        {
            Log.Listening(logger, address);
            if (DevChatEndpoints.IsEnabled(app.Services))
            {
                Log.OpenDevChat(logger, address.TrimEnd('/') + DevChatEndpoints.Path);
            }
        }
    }
}
