using BenchmarkDotNet.Attributes;
using ConfigLint.Configuration;
using ConfigLint.Corpus;
using ConfigLint.Rules;

namespace ConfigLint.Benchmarks;

/// <summary>
/// The whole pipeline (discover, parse, bind, analyze, suppress) on generated mixed workspaces, to check that cost
/// grows linearly with the number of files.
/// </summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private string _root = string.Empty;

    [Params(100, 1_000, 10_000)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), $"configlint-bench-{Files}");
        if (!Directory.Exists(_root))
        {
            new CorpusWriter(42, _root).Write(Files);
        }
    }

    [Benchmark]
    public int Lint() => Linter.Run(new LintRequest
    {
        CurrentDirectory = _root,
        Root = _root,
        Analyzers = BuiltInAnalyzers.Create(),
        Configuration = LintConfiguration.Empty,
    }).Diagnostics.Length;
}
