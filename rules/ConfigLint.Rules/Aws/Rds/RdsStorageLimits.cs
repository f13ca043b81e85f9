using System.Collections.Frozen;
using System.Text.Json;

namespace ConfigLint.Rules.Aws.Rds;

/// <summary>What RDS accepts for DB instance storage per engine, from <c>rules/data/rds/storage.json</c>.</summary>
internal sealed class RdsStorageLimits
{
    private const string ResourceName = "ConfigLint.Rules.data.rds.storage.json";
    private static readonly Lazy<FrozenDictionary<string, RdsStorageLimits>> ByEngine = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private RdsStorageLimits(int gp3ThresholdGiB, decimal minIopsPerGiB, decimal maxIopsPerGiB, FrozenDictionary<string, (int Min, int Max)> allocated)
    {
        Gp3ThresholdGiB = gp3ThresholdGiB;
        MinIopsPerGiB = minIopsPerGiB;
        MaxIopsPerGiB = maxIopsPerGiB;
        Allocated = allocated;
    }

    /// <summary>Below this size gp3 storage has fixed baseline performance and RDS rejects <c>iops</c> and <c>storage_throughput</c>.</summary>
    public int Gp3ThresholdGiB { get; }

    /// <summary>The lowest provisioned IOPS per GiB of storage (io1, io2).</summary>
    public decimal MinIopsPerGiB { get; }

    /// <summary>The highest provisioned IOPS per GiB of storage (io1, io2).</summary>
    public decimal MaxIopsPerGiB { get; }

    /// <summary><c>allocated_storage</c> bounds in GiB by storage type.</summary>
    public FrozenDictionary<string, (int Min, int Max)> Allocated { get; }

    /// <summary>The limits of an engine, or null when the data does not cover it.</summary>
    public static RdsStorageLimits? For(string engine) => ByEngine.Value.GetValueOrDefault(engine);

    private static FrozenDictionary<string, RdsStorageLimits> Load()
    {
        using var stream = typeof(RdsStorageLimits).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the built-in RDS storage limits '{ResourceName}' are missing");
        using var document = JsonDocument.Parse(stream);
        var result = new Dictionary<string, RdsStorageLimits>(StringComparer.Ordinal);
        foreach (var group in document.RootElement.GetProperty("engines").EnumerateArray())
        {
            var ratio = group.GetProperty("iopsPerGiB");
            var allocated = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
            foreach (var type in group.GetProperty("allocatedGiB").EnumerateObject())
            {
                allocated[type.Name] = (type.Value[0].GetInt32(), type.Value[1].GetInt32());
            }

            var limits = new RdsStorageLimits(group.GetProperty("gp3ThresholdGiB").GetInt32(), ratio[0].GetDecimal(), ratio[1].GetDecimal(), allocated.ToFrozenDictionary(StringComparer.Ordinal));
            foreach (var engine in group.GetProperty("engines").EnumerateArray())
            {
                result[engine.GetString()!] = limits;
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
