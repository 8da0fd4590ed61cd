using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The benchmarks' entry point: <c>dotnet run -c Release --project bench/SoukPlay.Benchmarks</c>.</summary>
public partial class Program;
