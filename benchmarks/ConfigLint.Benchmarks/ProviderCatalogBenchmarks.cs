using BenchmarkDotNet.Attributes;
using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Benchmarks;

/// <summary>
/// The cost of the first schema lookup of a run: decompress the embedded catalog, read its index, decode one
/// type. Each iteration starts from the compressed bytes, as a new process would (JIT excluded; for the
/// wall-clock time from process start, run this project with the argument <c>first-lookup</c>).
/// </summary>
[MemoryDiagnoser]
public class ProviderCatalogBenchmarks
{
    private byte[] _compressed = [];
    private ProviderCatalog _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(ProviderCatalogs).Assembly.GetManifestResourceStream(ProviderCatalogs.BuiltInResourceNames[0])!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        _compressed = copy.ToArray();
        _warm = ProviderCatalog.Read(new MemoryStream(_compressed));
    }

    [Benchmark(Baseline = true)]
    public AttributeSchema? First_lookup_from_compressed_catalog() =>
        ProviderCatalog.Read(new MemoryStream(_compressed)).GetResource("aws_flow_log")!.Block.GetAttribute("log_destination");

    [Benchmark]
    public int Decode_every_type() =>
        ProviderCatalog.Read(new MemoryStream(_compressed)).TypeNames(SchemaKind.Resource).Count(n => _warm.Contains(SchemaKind.Resource, n));

    [Benchmark]
    public SchemaMember? Lookup_in_decoded_type() => _warm.GetResource("aws_s3_bucket")!.Find(["lifecycle_rule", "expiration"], "days");
}
