using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// Hears a voice note sent in a negotiation: what was said and the answer it gives (accept,
/// decline, counter-offer with its amount). The host implements it over its speech-to-text; the
/// dialogs know nothing of how audio is fetched or transcribed.
/// </summary>
public interface IVoiceNoteReader
{
    /// <param name="voiceNote">The audio attachment of the inbound message.</param>
    /// <param name="language">The speaker's catalogue language (fr, en, ary, ...).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The answer heard, or why there is none; expected failures never throw.</returns>
    Task<VoiceNoteReading> ReadAsync(
        MediaAttachment voiceNote,
        string language,
        CancellationToken cancellationToken);
}
