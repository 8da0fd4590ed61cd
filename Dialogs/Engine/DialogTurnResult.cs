namespace SoukPlay.Dialogs.Engine;

/// <summary>
/// What a dialog call came to. <see cref="Result"/> lives for the current turn only (it is not
/// saved), so it may be any object, such as a prompt's recognized value.
/// </summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);

    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    public static DialogTurnResult Cancelled { get; } = new(DialogTurnStatus.Cancelled);
}
