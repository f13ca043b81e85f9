using System.Diagnostics;
using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Benchmarks;

/// <summary>
/// Wall-clock time of the first AWS schema lookup in a fresh process, JIT included:
/// <c>dotnet run -c Release --project benchmarks/ConfigLint.Benchmarks -- first-lookup</c>.
/// </summary>
internal static class FirstLookup
{
    public static void Run()
    {
        var stopwatch = Stopwatch.StartNew();
        var selection = ProviderCatalogs.BuiltIn.Select(ProviderAddresses.Aws, "~> 6.0")!;
        var member = selection.Get(SchemaKind.Resource, "aws_flow_log")!.Find("log_destination");
        var suggestions = selection.SuggestMember(SchemaKind.Resource, "aws_flow_log", [], "log_destination_arn");
        stopwatch.Stop();
        Console.WriteLine($"first lookup: {stopwatch.Elapsed.TotalMilliseconds:F1} ms ({member?.Name}; did you mean {string.Join(", ", suggestions)})");
    }
}
