using SoukPlay.Dialogs.Language;

namespace SoukPlay.Bot.Voice;

/// <summary>
/// Reads accept, decline or counter-offer (with its amount) from what speech-to-text heard.
/// The amount is read by the same <see cref="IAmountRecognizer"/> as typed text.
/// </summary>
/// <remarks>
/// A heard amount makes the transcript a counter-offer even next to "yes" or "no" ("no, 300";
/// "ok 250"): the dialog must confirm every spoken amount with a one-tap menu anyway, and can
/// treat an amount equal to the standing offer as acceptance. When accepting and declining words
/// are both heard without an amount, the answer is <see cref="OfferIntentKind.Unknown"/>.
/// </remarks>
public sealed class OfferIntentReader
{
    private readonly IAmountRecognizer _amounts;

    public OfferIntentReader(IAmountRecognizer amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        _amounts = amounts;
    }

    /// <param name="transcript">What speech-to-text heard.</param>
    /// <param name="language">The speaker's language (BCP 47: fr, en, es, ar, ary, ary-Latn).</param>
    public OfferIntent Read(string transcript, string language)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(language);

        var amount = _amounts.Recognize(transcript, language);
        if (amount.IsRecognized || amount.IsAmbiguous)
        {
            return new OfferIntent
            {
                Kind = OfferIntentKind.Counter,
                Amount = amount.Value,
                Currency = amount.Currency,
                AmountCandidates = amount.Candidates,
            };
        }

        var kinds = FindKinds(TranscriptText.Tokens(transcript), language);
        return Decide(kinds);
    }

    private static OfferIntent Decide(HashSet<OfferIntentKind> kinds)
    {
        if (kinds.Contains(OfferIntentKind.Counter))
        {
            return new OfferIntent { Kind = OfferIntentKind.Counter };
        }

        return kinds.Count == 1 ? new OfferIntent { Kind = kinds.Single() } : OfferIntent.Unknown;
    }

    private static HashSet<OfferIntentKind> FindKinds(string[] tokens, string language)
    {
        var primary = language.Split('-', '_')[0].ToLowerInvariant();
        var entries = OfferIntentVocabulary.Entries.Where(e => e.AppliesTo(primary)).ToList();
        var kinds = new HashSet<OfferIntentKind>();
        var position = 0;
        while (position < tokens.Length)
        {
            var match = entries
                .Where(e => e.MatchesAt(tokens, position))
                .MaxBy(e => e.Tokens.Count);
            if (match is null)
            {
                position++;
                continue;
            }

            kinds.Add(match.Kind);
            position += match.Tokens.Count;
        }

        return kinds;
    }
}
