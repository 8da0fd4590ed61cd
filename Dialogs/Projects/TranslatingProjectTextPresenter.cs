using Microsoft.Extensions.Logging;
using SoukPlay.Dialogs.Language.Translation;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <summary>
/// Shows a project's description in the reader's language through the registered
/// <see cref="ITranslator"/> (the caching one in the host, so a description read by many members
/// costs one translation per language). When the translator cannot translate it (untranslated or
/// failed), the description is shown exactly as the submitter wrote it, without a language mark.
/// Known shortcoming: titles are not translated (they are short names, often places), and a
/// description given only as a voice note stays empty until transcription fills it.
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

    public async Task<string> DescriptionAsync(
        SocialProject project,
        string language,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(language);

        var source = project.DescriptionLanguage;
        if (project.Description.Trim().Length == 0 || source.Length == 0 || language.Length == 0
            || string.Equals(source, language, StringComparison.OrdinalIgnoreCase))
        {
            return project.Description;
        }

        var result = await _translator.TranslateAsync(project.Description, source, language, cancellationToken);
        if (result.IsTranslated)
        {
            return result.Text;
        }

        Log.DescriptionUntranslated(_logger, project.Id, source, language, result.Outcome);
        return project.Description;
    }
}
