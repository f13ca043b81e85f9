using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project benchmarks/ConfigLint.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
