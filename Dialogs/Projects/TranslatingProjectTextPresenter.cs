using Microsoft.Extensions.Logging;
using SoukPlay.Dialogs.Language.Translation;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <summary>
/// Shows a project's title and description in the reader's language through the registered
/// <see cref="ITranslator"/> (the caching one in the host, so a text read by many members costs
/// one translation per language). Both are taken to be in the language the submitter wrote the
/// description in. The project's place and any number, price or emoji are kept out of the
/// translator's reach (<see cref="ProtectingTranslator"/>), so "Puits 2 Tafraout" keeps its
/// "2" and its "Tafraout". When the translator cannot translate a text (untranslated or failed),
/// it is shown exactly as the submitter wrote it, without a language mark.
/// Known shortcoming: a description given only as a voice note stays empty until transcription
/// fills it, and a title typed in another language than the description is translated from the
/// description's language.
/// </summary>
public sealed class TranslatingProjectTextPresenter : IProjectTextPresenter
{
    private readonly ITranslator _translator;
    private readonly ILogger<TranslatingProjectTextPresenter> _logger;

    public TranslatingProjectTextPresenter(ITranslator translator, ILogger<TranslatingProjectTextPresenter> logger)
    {
        ArgumentNullException.ThrowIfNull(translator);
        ArgumentNullException.ThrowIfNull(logger);

        _translator = translator;
        _logger = logger;
    }

    public Task<string> TitleAsync(SocialProject project, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(language);

        return TranslateAsync(project, project.Title, "title", language, cancellationToken);
    }

    public Task<string> DescriptionAsync(
        SocialProject project,
        string language,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(language);

        return TranslateAsync(project, project.Description, "description", language, cancellationToken);
    }

    private async Task<string> TranslateAsync(
        SocialProject project,
        string text,
        string part,
        string language,
        CancellationToken cancellationToken)
    {
        var source = project.DescriptionLanguage;
        if (text.Trim().Length == 0 || source.Length == 0 || language.Length == 0
            || string.Equals(source, language, StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var translator = new ProtectingTranslator(_translator, new FixedProtectedTerms([project.Place]));
        var result = await translator.TranslateAsync(text, source, language, cancellationToken);
        if (result.IsTranslated)
        {
            return result.Text;
        }

        Log.TextUntranslated(_logger, part, project.Id, source, language, result.Outcome);
        return text;
    }
}
