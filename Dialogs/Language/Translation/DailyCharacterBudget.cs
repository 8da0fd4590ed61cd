namespace SoukPlay.Dialogs.Language.Translation;

/// <summary>
/// Counts characters sent to the provider per UTC day. The count lives in this process: a
/// restart starts the day again and each host counts for itself, so set the budget with room.
/// </summary>
internal sealed class DailyCharacterBudget
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly int _limit;
    private DateOnly _day;
    private int _spent;

    public DailyCharacterBudget(TimeProvider time, int limit)
    {
        _time = time;
        _limit = limit;
    }

    public int Limit => _limit;

    public DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    /// <summary>Takes <paramref name="characters"/> from today's budget if they fit.</summary>
    public bool TrySpend(int characters)
    {
        lock (_gate)
        {
            var today = Today;
            if (today != _day)
            {
                (_day, _spent) = (today, 0);
            }

            if (_spent + characters > _limit)
            {
                return false;
            }

            _spent += characters;
            return true;
        }
    }
}
