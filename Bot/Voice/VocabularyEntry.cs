namespace SoukPlay.Bot.Voice;

/// <summary>One phrase of <see cref="OfferIntentVocabulary"/>, as tokens.</summary>
/// <param name="Tokens">The phrase, normalized and split as transcripts are.</param>
/// <param name="Kind">What the phrase means.</param>
/// <param name="Languages">Primary language subtags it counts for; null for all.</param>
internal sealed record VocabularyEntry(
    IReadOnlyList<string> Tokens,
    OfferIntentKind Kind,
    IReadOnlyList<string>? Languages)
{
    public bool AppliesTo(string primaryLanguage) =>
        Languages is null || Languages.Contains(primaryLanguage);

    public bool MatchesAt(IReadOnlyList<string> tokens, int start)
    {
        if (start + Tokens.Count > tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < Tokens.Count; i++)
        {
            if (tokens[start + i] != Tokens[i])
            {
                return false;
            }
        }

        return true;
    }
}
