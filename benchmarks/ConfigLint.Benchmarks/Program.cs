using BenchmarkDotNet.Running;
using ConfigLint.Benchmarks;

// Run with: dotnet run -c Release --project benchmarks/ConfigLint.Benchmarks -- --filter '*'
// Plain modes: first-lookup (the first AWS schema lookup in a fresh process); hcl-inputs DIR and
// hcl-throughput FILE... [--seconds N], which benchmarks/compare/hcl.sh uses.
if (args is ["first-lookup"])
{
    FirstLookup.Run();
    return 0;
}

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
