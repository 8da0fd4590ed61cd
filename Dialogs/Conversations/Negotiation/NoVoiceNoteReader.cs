using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// The reader used when the host provides none: every voice note is "not configured", so the
/// dialog says so, shows the menu and passes the note on as audio.
/// </summary>
public sealed class NoVoiceNoteReader : IVoiceNoteReader
{
    public Task<VoiceNoteReading> ReadAsync(
        MediaAttachment voiceNote,
        string language,
        CancellationToken cancellationToken) =>
        Task.FromResult(VoiceNoteReading.Because(VoiceNoteReadingStatus.NotConfigured));
}
