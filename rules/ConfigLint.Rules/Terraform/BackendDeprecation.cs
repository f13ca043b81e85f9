using System.Collections.Frozen;

namespace ConfigLint.Rules.Terraform;

/// <summary>One line of <c>rules/data/terraform-s3-backend-deprecations.txt</c>.</summary>
internal sealed record BackendDeprecation(string Argument, string DeprecatedIn, string? RemovedIn, string Replacement, string Fix)
{
    private const string Resource = "ConfigLint.Rules.data.terraform-s3-backend-deprecations.txt";

    /// <summary>The s3 backend's deprecated and removed arguments, by name (<c>endpoints.dynamodb</c> for a nested one).</summary>
    public static FrozenDictionary<string, BackendDeprecation> S3 { get; } = Load();

    private static FrozenDictionary<string, BackendDeprecation> Load()
    {
        using var stream = typeof(BackendDeprecation).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the embedded resource {Resource} is missing");
        using var reader = new StreamReader(stream);
        var entries = new Dictionary<string, BackendDeprecation>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length != 6)
            {
                throw new InvalidOperationException($"{Resource}: expected 6 fields in '{line}'");
            }

            entries[fields[0]] = new BackendDeprecation(fields[0], fields[2], fields[3] == "-" ? null : fields[3], fields[4], fields[5]);
        }

        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
