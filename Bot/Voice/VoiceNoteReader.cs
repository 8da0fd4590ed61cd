using SoukPlay.Dialogs.Conversations.Negotiation;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Bot.Voice;

/// <summary>
/// The dialogs' <see cref="IVoiceNoteReader"/> over this host's <see cref="VoiceNoteService"/>
/// (download, decode, speech-to-text) and <see cref="OfferIntentReader"/> (answer and amount,
/// with the same number understanding as typed text).
/// </summary>
public sealed class VoiceNoteReader : IVoiceNoteReader
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<VoiceNoteReader> _logger;

    /// <param name="scopes">
    /// A scope per voice note: <see cref="VoiceNoteService"/> holds a typed HTTP client, which must
    /// not live as long as the singleton dialogs that call this reader.
    /// </param>
    /// <param name="logger">Logs the outcome, never the words heard.</param>
    public VoiceNoteReader(IServiceScopeFactory scopes, ILogger<VoiceNoteReader> logger)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(logger);

        _scopes = scopes;
        _logger = logger;
    }

    public async Task<VoiceNoteReading> ReadAsync(
        MediaAttachment voiceNote,
        string language,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voiceNote);
        ArgumentException.ThrowIfNullOrEmpty(language);

        if (!Uri.TryCreate(voiceNote.Url, UriKind.Absolute, out var url))
        {
            return VoiceNoteReading.Because(VoiceNoteReadingStatus.Failed);
        }

        using var scope = _scopes.CreateScope();
        var notes = scope.ServiceProvider.GetRequiredService<VoiceNoteService>();
        var note = await notes.TranscribeAsync(url, voiceNote.ContentType, language, cancellationToken);
        Log.VoiceNoteRead(_logger, note.Status, note.Duration, note.Reason);
        if (!note.IsTranscribed)
        {
            return VoiceNoteReading.Because(note.Status == VoiceNoteStatus.NotConfigured
                ? VoiceNoteReadingStatus.NotConfigured
                : VoiceNoteReadingStatus.Failed);
        }

        var intents = scope.ServiceProvider.GetRequiredService<OfferIntentReader>();
        var intent = intents.Read(note.Transcript, string.IsNullOrEmpty(note.Language) ? language : note.Language);
        return new VoiceNoteReading
        {
            Status = VoiceNoteReadingStatus.Heard,
            Kind = ToKind(intent.Kind),
            Amount = intent.Amount,
            Transcript = note.Transcript,
        };
    }

    private static VoiceAnswerKind ToKind(OfferIntentKind kind) => kind switch
    {
        OfferIntentKind.Accept => VoiceAnswerKind.Accept,
        OfferIntentKind.Decline => VoiceAnswerKind.Decline,
        OfferIntentKind.Counter => VoiceAnswerKind.Counter,
        _ => VoiceAnswerKind.Unknown,
    };
}
