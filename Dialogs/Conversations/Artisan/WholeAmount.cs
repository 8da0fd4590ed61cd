namespace SoukPlay.Dialogs.Conversations.Artisan;

/// <summary>The rule for prices and quantities the artisan types: whole numbers from 1 to a ceiling.</summary>
public static class WholeAmount
{
    public static bool IsValid(decimal value, decimal max) =>
        value >= 1 && value <= max && value == decimal.Truncate(value);
}
