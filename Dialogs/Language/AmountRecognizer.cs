using SoukPlay.Dialogs.Language.Amounts;

namespace SoukPlay.Dialogs.Language;

/// <summary>
/// Reads prices and quantities written in digits of any script or in words of Darija (both
/// scripts), Modern Standard Arabic, French, English and Spanish.
/// </summary>
/// <remarks>
/// Decisions, made for whole-dirham prices: "1.200" and "1,200" are 1200; a decimal in a MAD
/// or unmarked amount ("1,5") is asked back as 1.5 or 15, while "45,50 €" is taken as written;
/// "one fifty" is asked back as 150 or 1.50; two different numbers are asked back, unless
/// exactly one of them names a currency ("2 sacs à 300 dh" is 300 MAD).
/// Known shortcomings: "ryal" (a twentieth of a dirham in Moroccan speech) is not understood;
/// "2 300" is read as 2300 because a space followed by three digits groups thousands; words
/// from two languages in one number ("alf deux cents") are not combined.
/// </remarks>
public sealed class AmountRecognizer : IAmountRecognizer
{
    private static readonly string[] ForeignDecimalCurrencies = ["EUR", "USD", "GBP"];
    private static readonly AmountRecognizer Shared = new();

    public AmountRecognition Recognize(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);

        if (HasNegativeNumber(text))
        {
            return AmountRecognition.None;
        }

        var folded = JoinFrenchEighty(TextFolding.Fold(text));
        var tokens = AmountTokenizer.Tokenize(folded, IsAnyNumberWord);
        var table = ChooseTable(tokens, language);

        var segments = NumberComposer.Compose(tokens, table);
        AttachCurrencies(tokens, segments);
        if (IsOnlyAnArticle(segments, tokens))
        {
            return AmountRecognition.None;
        }

        return Decide(Relevant(segments));
    }

    /// <summary>A minus sign right before a digit, not between two numbers ("-250", not "200-300").</summary>
    private static bool HasNegativeNumber(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var isMinus = text[i] is '-' or '\u2212';
            var startsNumber = Text.Digits.ValueOf(text[i + 1]) >= 0;
            var afterNumber = i > 0 && Text.Digits.ValueOf(text[i - 1]) >= 0;
            if (isMinus && startsNumber && !afterNumber)
            {
                return true;
            }
        }

        return false;
    }

    private static string JoinFrenchEighty(string folded) =>
        folded.Replace("quatre-vingt", "quatrevingt", StringComparison.Ordinal)
            .Replace("quatre vingt", "quatrevingt", StringComparison.Ordinal);

    /// <summary>
    /// Reads a reply made only of number words ("wahed", "two", "seis", "تلاتة", "joj") as a whole
    /// number, for menus: a reply with any other word, a digit, a currency or a fraction is not one.
    /// </summary>
    public static bool TryReadNumberWords(string text, string language, out int value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);

        value = 0;
        var words = TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words.All(IsAnyNumberWord))
        {
            return false;
        }

        var read = Shared.Recognize(text, language);
        if (read is not { Value: { } number, Currency: null, IsAmbiguous: false } || number != decimal.Truncate(number)
            || number is < 1 or > int.MaxValue)
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    private static bool IsAnyNumberWord(string word) =>
        NumberWordTables.All.Any(t => t.TryGet(word, out _));

    /// <summary>The table that knows most of the words; the person's language wins a tie.</summary>
    private static NumberWordTable ChooseTable(List<AmountToken> tokens, string language)
    {
        var words = tokens.Where(t => t.Kind == AmountTokenKind.Word).Select(t => t.Text).ToList();
        return NumberWordTables.All
            .OrderByDescending(t => words.Count(w => t.TryGet(w, out var n)
                && n.Kind != NumberWordKind.And))
            .ThenByDescending(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(t => language.StartsWith(t.Language, StringComparison.OrdinalIgnoreCase))
            .First();
    }

    private static void AttachCurrencies(List<AmountToken> tokens, List<AmountSegment> segments)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is AmountTokenKind.Number || !CurrencyWords.TryGet(tokens[i].Text, out var code))
            {
                continue;
            }

            var segment = segments.FirstOrDefault(s => s.LastToken == i - 1 && s.Currency is null)
                ?? segments.FirstOrDefault(s => s.FirstToken == i + 1 && s.Currency is null);
            segment?.Currency = code;
        }
    }

    /// <summary>
    /// "un peu plus", "one more please": the word for one among other words, with no currency, is
    /// an article, not an amount. Alone ("un", "wa7ed") it is still one.
    /// </summary>
    private static bool IsOnlyAnArticle(List<AmountSegment> segments, List<AmountToken> tokens) =>
        segments is [{ IsLoneOne: true, Currency: null }] && tokens.Count > 1;

    private static List<AmountSegment> Relevant(List<AmountSegment> segments)
    {
        var numbers = segments.Count > 1 ? segments.Where(s => !s.IsLoneOne).ToList() : segments;
        var priced = numbers.Where(s => s.Currency is not null).ToList();
        return priced.Count > 0 && priced.Count < numbers.Count ? priced : numbers;
    }

    private static AmountRecognition Decide(List<AmountSegment> segments)
    {
        if (segments.Count == 0)
        {
            return AmountRecognition.None;
        }

        var currencies = segments.Select(s => s.Currency).Distinct().ToList();
        var currency = currencies.Count == 1 ? currencies[0] : null;
        var distinct = segments.DistinctBy(s => s.Readings[0]).ToList();
        if (distinct.Count > 1)
        {
            return AmountRecognition.Ambiguous([.. distinct.Select(s => s.Readings[0])]) with
            {
                Currency = currency,
            };
        }

        return DecideOne(distinct[0], currency);
    }

    private static AmountRecognition DecideOne(AmountSegment segment, string? currency)
    {
        if (segment.Readings.Count > 1)
        {
            return AmountRecognition.Ambiguous([.. segment.Readings]) with { Currency = currency };
        }

        var value = segment.Readings[0];
        if (segment.IsFraction && !ForeignDecimalCurrencies.Contains(currency))
        {
            var withoutMark = decimal.Truncate(value * Pow10(value.Scale));
            return AmountRecognition.Ambiguous(value, withoutMark) with { Currency = currency };
        }

        return AmountRecognition.Of(value, currency);
    }

    private static decimal Pow10(int scale)
    {
        var result = 1m;
        for (var i = 0; i < scale; i++)
        {
            result *= 10;
        }

        return result;
    }
}
