using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SoukPlay.Bot.Media;
using SoukPlay.Bot.Voice.Audio;
using SoukPlay.Bot.Voice.Transcription;
using SoukPlay.Dialogs.Conversations.Negotiation;

namespace SoukPlay.Bot.Voice;

/// <summary>Registers media download, audio decoding, speech-to-text and the voice note pipeline.</summary>
public static class VoiceNotesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="VoiceNoteService"/>, <see cref="TwilioMediaDownloader"/>,
    /// <see cref="IAudioDecoder"/>, the <see cref="ISpeechToText"/> chosen by
    /// <c>Speech:Provider</c> (none, whisper, openai), <see cref="OfferIntentReader"/>, and
    /// <see cref="VoiceNoteReader"/> as the dialogs' <see cref="IVoiceNoteReader"/>.
    /// Settings are validated at start. <see cref="OfferIntentReader"/> needs an
    /// <see cref="Dialogs.Language.IAmountRecognizer"/>, registered by the dialogs.
    /// </summary>
    public static IServiceCollection AddVoiceNotes(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddMediaDownload(configuration);
        services.AddAudioDecoding(configuration);
        services.AddSpeechToText(configuration);
        services.AddTransient<VoiceNoteService>();
        services.TryAddSingleton<OfferIntentReader>();
        services.Replace(ServiceDescriptor.Singleton<IVoiceNoteReader, VoiceNoteReader>());
        return services;
    }

    private static void AddMediaDownload(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TwilioMediaOptions>()
            .Bind(configuration.GetSection(TwilioMediaOptions.SectionName))
            .Configure(o =>
            {
                o.AccountSid = configuration["Twilio:AccountSid"];
                o.AuthToken = configuration["Twilio:AuthToken"];
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TwilioMediaOptions>, TwilioMediaOptionsValidator>();
        services.AddHttpClient<TwilioMediaDownloader>(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
    }

    private static void AddAudioDecoding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AudioOptions>().Bind(configuration.GetSection(AudioOptions.SectionName));
        services.TryAddSingleton<FfmpegAudioDecoder>();
        services.TryAddSingleton<IAudioDecoder, AudioDecoder>();
    }

    private static void AddSpeechToText(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SpeechOptions>()
            .Bind(configuration.GetSection(SpeechOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SpeechOptions>, SpeechOptionsValidator>();

        var provider = configuration.GetValue<SpeechProvider?>($"{SpeechOptions.SectionName}:Provider");
        switch (provider ?? SpeechProvider.None)
        {
            case SpeechProvider.Whisper:
                services.TryAddSingleton<ISpeechToText, WhisperSpeechToText>();
                break;
            case SpeechProvider.OpenAi:
                services.AddHttpClient<ISpeechToText, OpenAiSpeechToText>(c => c.Timeout = Timeout.InfiniteTimeSpan);
                break;
            default:
                services.TryAddSingleton<ISpeechToText, NoSpeechToText>();
                break;
        }
    }
}
