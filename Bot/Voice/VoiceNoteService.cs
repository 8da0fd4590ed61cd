using SoukPlay.Bot.Media;
using SoukPlay.Bot.Voice.Audio;
using SoukPlay.Bot.Voice.Transcription;

namespace SoukPlay.Bot.Voice;

/// <summary>
/// Turns an inbound voice note into words: download from Twilio, decode to 16 kHz mono,
/// transcribe. Every failure is returned as a <see cref="VoiceNoteResult"/>; nothing the user
/// sends makes it throw.
/// </summary>
/// <remarks>
/// When no provider is configured it answers <see cref="VoiceNoteStatus.NotConfigured"/> before
/// downloading anything; the caller still has the media address to pass the voice note on as
/// audio, so the note is never lost.
/// </remarks>
public sealed class VoiceNoteService
{
    private readonly TwilioMediaDownloader _downloader;
    private readonly IAudioDecoder _decoder;
    private readonly ISpeechToText _speechToText;
    private readonly bool _isConfigured;
    private readonly ILogger<VoiceNoteService> _logger;

    public VoiceNoteService(
        TwilioMediaDownloader downloader,
        IAudioDecoder decoder,
        ISpeechToText speechToText,
        ILogger<VoiceNoteService> logger)
    {
        ArgumentNullException.ThrowIfNull(downloader);
        ArgumentNullException.ThrowIfNull(decoder);
        ArgumentNullException.ThrowIfNull(speechToText);
        ArgumentNullException.ThrowIfNull(logger);

        _downloader = downloader;
        _decoder = decoder;
        _speechToText = speechToText;
        _isConfigured = speechToText is not NoSpeechToText;
        _logger = logger;
    }

    /// <param name="mediaUrl">The <c>MediaUrlN</c> of the Twilio webhook.</param>
    /// <param name="contentType">The <c>MediaContentTypeN</c> of the webhook.</param>
    /// <param name="languageHint">The speaker's language, if known.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<VoiceNoteResult> TranscribeAsync(
        Uri mediaUrl,
        string? contentType,
        string? languageHint,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mediaUrl);

        if (!_isConfigured)
        {
            return VoiceNoteResult.Because(VoiceNoteStatus.NotConfigured, TranscriptionResult.NotConfigured.Reason);
        }

        var download = await _downloader.DownloadAsync(mediaUrl, cancellationToken);
        if (!download.IsOk)
        {
            return VoiceNoteResult.Because(ToStatus(download.Status), download.Reason);
        }

        var audio = await _decoder.DecodeAsync(
            download.Content, download.ContentType ?? contentType, cancellationToken);
        if (!audio.IsOk)
        {
            Log.VoiceNoteNotDecoded(_logger, audio.Status, audio.Reason);
            return VoiceNoteResult.Because(ToStatus(audio.Status), audio.Reason);
        }

        return await TranscribeAsync(audio, languageHint, cancellationToken);
    }

    private async Task<VoiceNoteResult> TranscribeAsync(
        DecodedAudio audio,
        string? languageHint,
        CancellationToken cancellationToken)
    {
        var transcription = await _speechToText.TranscribeAsync(audio.Samples, languageHint, cancellationToken);
        return transcription.Status switch
        {
            TranscriptionStatus.Ok => new VoiceNoteResult
            {
                Status = VoiceNoteStatus.Transcribed,
                Transcript = transcription.Text,
                Language = transcription.Language,
                Duration = audio.Duration,
            },
            TranscriptionStatus.NotConfigured =>
                VoiceNoteResult.Because(VoiceNoteStatus.NotConfigured, transcription.Reason),
            _ => VoiceNoteResult.Because(VoiceNoteStatus.Failed, transcription.Reason),
        };
    }

    private static VoiceNoteStatus ToStatus(MediaDownloadStatus status) => status switch
    {
        MediaDownloadStatus.Refused => VoiceNoteStatus.Refused,
        MediaDownloadStatus.TooLarge => VoiceNoteStatus.TooLarge,
        _ => VoiceNoteStatus.Failed,
    };

    private static VoiceNoteStatus ToStatus(AudioDecodeStatus status) => status switch
    {
        AudioDecodeStatus.Unsupported => VoiceNoteStatus.Unsupported,
        AudioDecodeStatus.TooLong => VoiceNoteStatus.TooLarge,
        _ => VoiceNoteStatus.Failed,
    };
}
