using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/ConfigLint.Benchmarks -- --filter '*'
// or, for the first AWS schema lookup in a fresh process: ... -- first-lookup
if (args is ["first-lookup"])
{
    ConfigLint.Benchmarks.FirstLookup.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
