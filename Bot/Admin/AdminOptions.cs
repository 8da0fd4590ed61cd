namespace SoukPlay.Bot.Admin;

/// <summary>Who may administer campaigns and projects (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>
    /// The key callers send in <c>X-Admin-Key</c>. Unset: the admin endpoints answer 404 and the
    /// start logs that administration is off. Keep it in a secret store, never in the repository.
    /// </summary>
    public string? ApiKey { get; set; }

    public bool IsEnabled => !string.IsNullOrEmpty(ApiKey);
}
