using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Benchmarks;

/// <summary>
/// HCL parse throughput and allocation on generated Terraform of three sizes. The columns "MB/s" and
/// "Alloc/byte" divide by the input's UTF-8 size. Run:
/// <c>dotnet run -c Release --project benchmarks/ConfigLint.Benchmarks -- --filter '*HclParser*'</c>
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class HclParserBenchmarks
{
    private SourceText _text = SourceText.From(string.Empty);

    /// <summary>Input size: small (about 2 KB), medium (about 100 KB) and large (about 5 MB).</summary>
    [Params(2 * 1024, 100 * 1024, 5 * 1024 * 1024)]
    public int Bytes { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SourceText.From(HclInput.Create(Bytes));

    [Benchmark]
    public HclSyntaxTree Parse() => HclParser.Parse("main.tf", _text);

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new PerByteColumn("MB/s", (summary, benchmark, bytes) =>
                summary[benchmark]?.ResultStatistics is { } stats ? (bytes / (stats.Mean / 1e9) / 1e6).ToString("F1") : "-"));
            AddColumn(new PerByteColumn("Alloc/byte", (summary, benchmark, bytes) =>
                summary[benchmark]?.GcStats.GetBytesAllocatedPerOperation(benchmark) is long allocated ? (allocated / (double)bytes).ToString("F2") : "-"));
        }
    }

    private sealed class PerByteColumn(string name, Func<Summary, BenchmarkCase, long, string> value) : IColumn
    {
        public string Id => name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => name == "MB/s" ? "Input megabytes (UTF-8) parsed per second" : "Bytes allocated per input byte";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var size = (int)benchmarkCase.Parameters["Bytes"];
            return value(summary, benchmarkCase, Encoding.UTF8.GetByteCount(HclInput.Create(size)));
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
