using Microsoft.Extensions.Logging;
using SoukPlay.Dialogs.Turns;

namespace SoukPlay.Dialogs.Language;

/// <summary>
/// Follows the language people write in, turn by turn: free text of at least
/// <see cref="LanguageDetector.MinimumWords"/> words is detected with the saved language as the
/// prior, the last few results are kept on the person, and the saved language changes only when
/// <see cref="LanguageDetector.ShouldSwitchLanguage"/> says so. The person is then told once, in
/// the new language, how to change it back.
/// </summary>
/// <remarks>
/// Buttons, digits, emoji and short texts (menu answers) are never detected, and people who have
/// not chosen a language yet (onboarding asks them) are left alone.
/// </remarks>
public sealed class LanguageTracker
{
    /// <summary>How many recent detections are kept on the person.</summary>
    public const int Remembered = 4;

    private readonly ILanguageDetector _detector;
    private readonly ILogger<LanguageTracker> _logger;

    public LanguageTracker(ILanguageDetector detector, ILogger<LanguageTracker> logger)
    {
        ArgumentNullException.ThrowIfNull(detector);
        ArgumentNullException.ThrowIfNull(logger);

        _detector = detector;
        _logger = logger;
    }

    /// <summary>
    /// Detects the language of the turn's text, with the saved language as the prior, before the
    /// dialogs run (the relay uses it). Returns null when the turn carries no free text worth
    /// detecting.
    /// </summary>
    public LanguageDetection? Detect(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var person = context.Person;
        var text = context.Activity.Text;
        if (string.IsNullOrEmpty(person.Language) || !string.IsNullOrEmpty(context.Activity.ButtonPayload)
            || CountWords(text) < LanguageDetector.MinimumWords)
        {
            return null;
        }

        return _detector.Detect(text, person.Language);
    }

    /// <summary>
    /// After the dialogs ran: remembers the turn's detection on the person and switches their saved
    /// language when two longer messages in a row were in another one. A turn whose text a prompt
    /// took as its answer (<see cref="TurnContext.AnsweredPrompt"/>: a product name, an amount in
    /// words) is not counted: "alf w khamsmiya" or a title in Tamazight says nothing of the
    /// language the person wants to read.
    /// </summary>
    public void Follow(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var person = context.Person;
        if (context.Detection is not { } detection || context.AnsweredPrompt || string.IsNullOrEmpty(person.Language))
        {
            return;
        }

        var saved = person.Language;
        Remember(person.RecentLanguages, detection);
        if (LanguageDetector.ShouldSwitchLanguage(saved, History(person.RecentLanguages, saved), out var language))
        {
            person.Language = language;
            person.RecentLanguages.Clear();
            context.Reply("lang.switched");
            var masked = PhoneMask.Mask(person.Id);
            Log.LanguageSwitched(_logger, masked, saved, language);
        }
    }

    private static void Remember(List<string> recent, LanguageDetection detection)
    {
        recent.Add(detection.IsDetected ? detection.Language : "");
        if (recent.Count > Remembered)
        {
            recent.RemoveRange(0, recent.Count - Remembered);
        }
    }

    private static List<LanguageDetection> History(List<string> recent, string saved) =>
        [.. recent.Select(code => code.Length == 0
            ? new LanguageDetection(saved, 1, LanguageEvidence.Prior)
            : new LanguageDetection(code, 1, EvidenceFor(code)))];

    private static LanguageEvidence EvidenceFor(string code) =>
        code == LanguageCodes.Arabizi ? LanguageEvidence.Arabizi : LanguageEvidence.Lingua;

    private static int CountWords(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetter));
}
