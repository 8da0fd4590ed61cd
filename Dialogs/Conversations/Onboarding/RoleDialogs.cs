using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Conversations.Onboarding;

/// <summary>The ids of the dialogs each role lands in once onboarded (written by other rooms).</summary>
public static class RoleDialogs
{
    public const string Artisan = "artisan.main";
    public const string Buyer = "buyer.main";
    public const string Leader = "leader.main";

    public static IReadOnlyList<string> All { get; } = [Artisan, Buyer, Leader];

    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is <see cref="Role.None"/>.</exception>
    public static string For(Role role) => role switch
    {
        Role.Artisan => Artisan,
        Role.Buyer => Buyer,
        Role.Leader => Leader,
        _ => throw new ArgumentOutOfRangeException(
            nameof(role), role, "A person has no role dialog before choosing a role."),
    };

    /// <summary>The catalogue key of the role's name.</summary>
    public static string LabelKey(Role role) => $"role.{role.ToString().ToLowerInvariant()}";
}
