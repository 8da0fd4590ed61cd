namespace SoukPlay.Dialogs.Language.Amounts;

/// <summary>
/// Adds up the parts of one number as they come, and refuses a part that cannot belong to the
/// same number ("twenty thirty", "200 300"), so that the caller starts a new one.
/// </summary>
internal sealed class SegmentBuilder
{
    private readonly NumberWordTable _table;
    private decimal _total;
    private decimal _group;
    private decimal _lastPiece = decimal.MaxValue;
    private decimal? _pairHead;
    private int _pieces;
    private bool _hasDigits;
    private bool _afterAnd;
    private bool _isFraction;
    private NumberWordKind _firstKind;

    public SegmentBuilder(NumberWordTable table, int firstToken)
    {
        _table = table;
        FirstToken = firstToken;
        LastToken = firstToken;
    }

    public int FirstToken { get; }

    public int LastToken { get; private set; }

    public bool TryAddDigits(AmountToken token, int index)
    {
        if (_pieces > 0)
        {
            return false;
        }

        _group = token.Value;
        _lastPiece = token.Value;
        _hasDigits = true;
        _isFraction = token.IsFraction;
        return Took(index);
    }

    public bool TryAdd(NumberWord word, int index)
    {
        if (_pieces == 0)
        {
            _firstKind = word.Kind;
        }

        return word.Kind switch
        {
            NumberWordKind.Hundred => TryHundred() && Took(index),
            NumberWordKind.Thousand => TryThousand() && Took(index),
            NumberWordKind.And => TryAnd(),
            _ => TryValue(word.Value) && Took(index),
        };
    }

    public AmountSegment Build()
    {
        var isLoneOne = _pieces == 1 && _firstKind is NumberWordKind.One or NumberWordKind.Article;
        IReadOnlyList<decimal> readings = _pairHead is { } head
            ? [head * 100 + _group, head + _group * 0.01m]
            : [WholeIfWhole(_total + _group)];
        var isFraction = _isFraction && readings[0] != decimal.Truncate(readings[0]);
        return new AmountSegment(readings, isFraction, isLoneOne, FirstToken, LastToken);
    }

    private static decimal WholeIfWhole(decimal value) =>
        value == decimal.Truncate(value) ? decimal.Truncate(value) : value;

    private bool Took(int index)
    {
        _pieces++;
        _afterAnd = false;
        LastToken = index;
        return true;
    }

    private bool TryAnd()
    {
        _afterAnd = _pieces > 0 && !_hasDigits;
        return _afterAnd;
    }

    private bool TryValue(decimal value)
    {
        if (_pieces == 0)
        {
            _group = value;
            _lastPiece = value;
            return true;
        }

        if (_hasDigits || !(CanAppend(value) || TryStartPair(value)))
        {
            return false;
        }

        _group += value;
        _lastPiece = value;
        return true;
    }

    private bool CanAppend(decimal value)
    {
        if (_group == 0)
        {
            return value < _lastPiece;
        }

        if (value >= _lastPiece)
        {
            return _table.UnitsBeforeTens && _lastPiece < 10 && _group % 100 < 10
                && value % 10 == 0 && value < 100;
        }

        var tail = _group % 100;
        return value switch
        {
            < 10 => _group % 10 == 0,
            < 20 => tail is 0 or 60 or 80,
            < 100 => tail == 0,
            _ => false,
        };
    }

    /// <summary>English "one fifty", "twelve fifty": two numbers said for hundreds and units.</summary>
    private bool TryStartPair(decimal value)
    {
        if (!_table.SaysPricesInPairs || _pairHead is not null || _afterAnd || _total != 0
            || _pieces != 1 || _group is < 1 or > 99 || value is < 10 or > 99)
        {
            return false;
        }

        _pairHead = _group;
        _group = 0;
        return true;
    }

    private bool TryHundred()
    {
        if (_pairHead is not null || _group >= 100 || _isFraction)
        {
            return false;
        }

        _group = _group == 0 ? 100 : _group * 100;
        _lastPiece = 100;
        return true;
    }

    private bool TryThousand()
    {
        if (_pairHead is not null || _total != 0)
        {
            return false;
        }

        _total = (_group == 0 ? 1 : _group) * 1000;
        _group = 0;
        _lastPiece = 1000;
        return true;
    }
}
