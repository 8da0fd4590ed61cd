using SoukPlay.Dialogs.Language;

namespace SoukPlay.Dialogs.Tests.Language;

/// <summary>Builds Lingua once for all detector tests, measuring what it costs.</summary>
public sealed class LinguaModelFixture
{
    public LinguaModelFixture()
    {
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        Model = new LinguaModel();
        RetainedBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
    }

    public LinguaModel Model { get; }

    public long RetainedBytes { get; }
}
