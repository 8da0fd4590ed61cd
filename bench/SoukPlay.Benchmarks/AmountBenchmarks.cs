using BenchmarkDotNet.Attributes;
using SoukPlay.Dialogs.Language;

namespace SoukPlay.Benchmarks;

/// <summary>Reading an amount runs on every price and offer: target well under 50 µs each.</summary>
[MemoryDiagnoser]
public class AmountBenchmarks
{
    private readonly AmountRecognizer _recognizer = new();

    [Params("1 200 MAD", "٢٠٠ درهم", "deux cent cinquante", "alf w khamsmiya", "€45", "bghit 300 3afak")]
    public string Text { get; set; } = "";

    [Benchmark]
    public AmountRecognition Recognize() => _recognizer.Recognize(Text, "fr");
}
