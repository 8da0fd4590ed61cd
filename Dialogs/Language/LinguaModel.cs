using System.Diagnostics;
using Lingua;

namespace SoukPlay.Dialogs.Language;

/// <summary>
/// The one Lingua detector of the process, for Arabic, French, English and Spanish, with its
/// models loaded up front so that no user's turn pays for loading them. Register it as a
/// singleton: building it reads the models shipped in the package (Lingua/LanguageModels next to
/// the application; no network) and holds them in memory for the life of the process.
/// </summary>
public sealed class LinguaModel
{
    private static readonly IReadOnlyDictionary<Lingua.Language, string> Codes =
        new Dictionary<Lingua.Language, string>
        {
            [Lingua.Language.Arabic] = LanguageCodes.Arabic,
            [Lingua.Language.French] = LanguageCodes.French,
            [Lingua.Language.English] = LanguageCodes.English,
            [Lingua.Language.Spanish] = LanguageCodes.Spanish,
        };

    private static readonly Lazy<LinguaModel> ProcessModel = new(() => new LinguaModel());

    private readonly Lingua.LanguageDetector _detector;

    /// <summary>
    /// The process's one model, built on first use. The models are read-only once loaded, so
    /// every host in a process (several test hosts, for one) shares it instead of paying seconds
    /// and about 150 MiB each.
    /// </summary>
    public static LinguaModel Shared => ProcessModel.Value;

    public LinguaModel()
    {
        var started = Stopwatch.GetTimestamp();
        _detector = LanguageDetectorBuilder.FromLanguages([.. Codes.Keys])
            .WithPreloadedLanguageModels()
            .Build();
        BuildTime = Stopwatch.GetElapsedTime(started);
    }

    /// <summary>How long building took (reported at start-up).</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>Confidence per language code, highest first, summing to 1.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Confidences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        return [.. _detector.ComputeLanguageConfidenceValues(text)
            .Select(p => KeyValuePair.Create(Codes[p.Key], p.Value))];
    }
}
