using SoukPlay.Dialogs.Localization;
using SoukPlay.Dialogs.Language.Translation;
using SoukPlay.Dialogs.Text;
using SoukPlay.Dialogs.Turns;
using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Negotiation;

/// <summary>
/// Passes what one side writes to the other in the reader's language: translated from the
/// language the writer wrote in (detected, else saved) with the product and shop names, numbers,
/// prices, emoji and shop codes kept as written. When nothing could translate it, the text goes
/// out as written with a short note in the reader's language. The original stays on the reader
/// (<see cref="Person.LastRelayedOriginal"/>) for "original".
/// </summary>
/// <remarks>
/// The translation happens inside the turn, so a slow provider makes the turn slow (the host then
/// answers by REST); providers keep their own time budget. Known shortcoming: only the last
/// relayed message's original is kept.
/// </remarks>
public sealed class NegotiationRelay
{
    private const string OriginalWordsKey = "translation.original.words";

    /// <summary>Understood in every language, besides the reader's catalogue words.</summary>
    private static readonly string[] UniversalOriginalWords = ["original", "الأصل", "lasl", "l2asl"];

    private readonly ITranslator _translator;

    public NegotiationRelay(ITranslator translator)
    {
        ArgumentNullException.ThrowIfNull(translator);

        _translator = translator;
    }

    /// <summary>Passes the sender's words and media to <paramref name="to"/>, translated for them.</summary>
    public async Task RelayAsync(TurnContext context, NegotiationView view, Party to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(view);

        var reader = view.PersonOf(to);
        var original = context.Activity.Text.Trim();
        var text = original.Length == 0 ? original : await TranslateAsync(context, view, reader, original, ct);
        NegotiationNotices.RelayTo(context, view, to, text);
        if (original.Length > 0)
        {
            reader.LastRelayedOriginal = original;
            context.Changes.Put(reader);
        }
    }

    /// <summary>
    /// Answers "original" with the last relayed message as its writer wrote it. False when the
    /// sender did not ask for it.
    /// </summary>
    public static bool TryAnswerOriginal(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var said = TextNormalizer.Normalize(context.Answer);
        var words = context.Catalog.Words(context.Language, OriginalWordsKey).Concat(UniversalOriginalWords);
        if (said.Length == 0 || !words.Any(word => TextNormalizer.Normalize(word) == said))
        {
            return false;
        }

        var original = context.Person.LastRelayedOriginal;
        context.Reply(original is null
            ? new LocalizedText("translation.original.none")
            : new LocalizedText("translation.original", new Dictionary<string, object?> { ["text"] = original }));
        return true;
    }

    private async Task<string> TranslateAsync(
        TurnContext context,
        NegotiationView view,
        Person reader,
        string original,
        CancellationToken ct)
    {
        var source = context.WrittenLanguage;
        var target = NegotiationNotices.LanguageOf(context, reader);
        if (source == target)
        {
            return original;
        }

        var names = new FixedProtectedTerms([view.Product.Title, view.Shop.DisplayName]);
        var translator = new ProtectingTranslator(_translator, names);
        var result = await translator.TranslateAsync(original, source, target, ct);
        return result.Outcome switch
        {
            TranslationOutcome.Translated or TranslationOutcome.ReducedQuality => result.Text,
            TranslationOutcome.Untranslated => WithNote(original, target),
            _ => WithNote(result.Text, target),
        };
    }

    /// <summary>The text with the "not translated" note, unless a translator already added it.</summary>
    private static string WithNote(string text, string readerLanguage)
    {
        var note = FallbackNotes.For(readerLanguage);
        return text.EndsWith(note, StringComparison.Ordinal) ? text : text + "\n" + note;
    }
}
