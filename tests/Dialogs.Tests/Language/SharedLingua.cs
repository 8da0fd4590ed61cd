using SoukPlay.Dialogs.Language;

namespace SoukPlay.Dialogs.Tests.Language;

/// <summary>
/// One Lingua model for the whole test assembly: building it takes seconds and holds about
/// 150 MiB, so tests that run turns with language detection share this one.
/// </summary>
public static class SharedLingua
{
    private static readonly Lazy<LinguaModel> Instance = new(() => new LinguaModel());

    public static LinguaModel Model => Instance.Value;
}
