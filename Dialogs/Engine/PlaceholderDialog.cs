namespace SoukPlay.Dialogs.Engine;

/// <summary>A dialog added to the set only when no other registered dialog has its id.</summary>
public sealed record PlaceholderDialog(Dialog Dialog);
