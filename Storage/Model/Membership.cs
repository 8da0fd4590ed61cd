namespace SoukPlay.Storage.Model;

/// <summary>A person's place in a cooperative; the id is <c>{cooperative}:{person}</c>.</summary>
public sealed class Membership : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string CooperativeId { get; set; } = "";

    public string PersonId { get; set; } = "";

    public MembershipStatus Status { get; set; }

    public DateTimeOffset InvitedAt { get; set; }

    public DateTimeOffset? JoinedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public static string IdFor(string cooperativeId, string personId) => $"{cooperativeId}:{personId}";
}
