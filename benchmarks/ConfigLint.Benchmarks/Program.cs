using BenchmarkDotNet.Running;
using ConfigLint.Benchmarks;

// Run with: dotnet run -c Release --project benchmarks/ConfigLint.Benchmarks -- --filter '*'
// benchmarks/compare/hcl.sh uses the two plain modes: hcl-inputs DIR and hcl-throughput FILE... [--seconds N].
if (args.Length > 0 && args[0] == "hcl-throughput")
{
    return HclThroughput.Run(args[1..]);
}

if (args.Length > 1 && args[0] == "hcl-inputs")
{
    return HclThroughput.WriteInputs(args[1]);
}

BenchmarkSwitcher.FromAssembly(typeof(HclParserBenchmarks).Assembly).Run(args);
return 0;
