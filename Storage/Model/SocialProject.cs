namespace SoukPlay.Storage.Model;

/// <summary>A project a member proposes for their community during a campaign.</summary>
public sealed class SocialProject : IEntity
{
    public string Id { get; set; } = "";

    public int Version { get; set; }

    public string CampaignId { get; set; } = "";

    public string SubmitterId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>The language the description was written or spoken in.</summary>
    public string DescriptionLanguage { get; set; } = "";

    /// <summary>A voice note describing the project, when the submitter spoke instead of typing.</summary>
    public string? VoiceNoteUrl { get; set; }

    public string Place { get; set; } = "";

    public decimal AmountSoughtMad { get; set; }

    public string? PhotoUrl { get; set; }

    public ProjectStatus Status { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
}
