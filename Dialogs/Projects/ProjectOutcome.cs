using SoukPlay.Storage.Model;

namespace SoukPlay.Dialogs.Projects;

/// <summary>The result of submitting, approving or rejecting a project.</summary>
public sealed record ProjectOutcome(CommunityResult Result, SocialProject? Project = null);
