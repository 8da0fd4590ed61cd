namespace SoukPlay.Storage.Model;

/// <summary>
/// Thrown by a commit when an entity changed since it was read (or was created twice). The caller
/// reloads and retries the whole turn; nothing of the failed commit was written.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
