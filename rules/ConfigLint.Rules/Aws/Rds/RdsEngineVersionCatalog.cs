using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;

namespace ConfigLint.Rules.Aws.Rds;

/// <summary>
/// The engine versions RDS offers, per engine, read from the output of
/// <c>aws rds describe-db-engine-versions --include-all --output json</c> (or ConfigLint's copy of it in
/// <c>rules/data/rds/engine-versions.json</c>, which has the same shape plus a <c>ConfigLint</c> member saying where it
/// came from). Versions with <c>Status</c> <c>deprecated</c> exist but cannot be used for new databases.
/// </summary>
public sealed class RdsEngineVersionCatalog
{
    /// <summary>The embedded resource name of the built-in data.</summary>
    public const string BuiltInResourceName = "ConfigLint.Rules.data.rds.engine-versions.json";

    private static readonly Lazy<RdsEngineVersionCatalog> BuiltInCatalog = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, ImmutableArray<RdsEngineVersion>> _byEngine;
    private readonly FrozenDictionary<string, RdsEngineVersion> _byKey;

    private RdsEngineVersionCatalog(IEnumerable<RdsEngineVersion> versions, string source, string? retrieved)
    {
        Source = source;
        Retrieved = retrieved;
        var byEngine = new Dictionary<string, List<RdsEngineVersion>>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, RdsEngineVersion>(StringComparer.Ordinal);
        foreach (var version in versions)
        {
            // The same version can be listed once per engine mode or region; the first status wins unless a later one offers it.
            var key = version.Engine + "\n" + version.Version;
            if (byKey.TryGetValue(key, out var existing) && (existing.IsOffered || !version.IsOffered))
            {
                continue;
            }

            if (existing is not null)
            {
                byEngine[version.Engine].Remove(existing);
            }

            byKey[key] = version;
            if (!byEngine.TryGetValue(version.Engine, out var list))
            {
                byEngine[version.Engine] = list = [];
            }

            list.Add(version);
        }

        _byEngine = byEngine.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.OrderBy(v => v.Version, RdsVersionOrder.Instance).ToImmutableArray(),
            StringComparer.Ordinal);
        _byKey = byKey.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>ConfigLint's data: see <c>rules/data/README.md</c> for its source and date.</summary>
    public static RdsEngineVersionCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>Where the data came from.</summary>
    public string Source { get; }

    /// <summary>When it was retrieved (ISO date), when known.</summary>
    public string? Retrieved { get; }

    /// <summary>The engines with at least one version, sorted.</summary>
    public IEnumerable<string> Engines => _byEngine.Keys.Order(StringComparer.Ordinal);

    /// <summary>Every version of an engine, oldest first; empty for an engine the data does not cover.</summary>
    public ImmutableArray<RdsEngineVersion> Versions(string engine) => _byEngine.TryGetValue(engine, out var versions) ? versions : [];

    /// <summary>Whether the data covers the engine.</summary>
    public bool Covers(string engine) => _byEngine.ContainsKey(engine);

    /// <summary>The entry for an exact engine version, or null.</summary>
    public RdsEngineVersion? Find(string engine, string version) => _byKey.GetValueOrDefault(engine + "\n" + version);

    /// <summary>Whether some offered version of the engine belongs to major version <paramref name="major"/> (<c>15</c>, <c>8.0</c>).</summary>
    public bool OffersMajor(string engine, string major) => Versions(engine).Any(v => v.IsOffered && v.Major == major);

    /// <summary>
    /// The offered version of the same major nearest to <paramref name="version"/>: the lowest one above it, else the
    /// highest below it; null when the major has no offered version.
    /// </summary>
    public RdsEngineVersion? NearestOffered(string engine, string major, string version)
    {
        RdsEngineVersion? below = null;
        foreach (var candidate in Versions(engine))
        {
            if (!candidate.IsOffered || candidate.Major != major)
            {
                continue;
            }

            if (RdsVersionOrder.Instance.Compare(candidate.Version, version) >= 0)
            {
                return candidate;
            }

            below = candidate;
        }

        return below;
    }

    /// <summary>The offered majors of an engine, newest first.</summary>
    public IReadOnlyList<string> OfferedMajors(string engine) =>
        [.. Versions(engine).Where(v => v.IsOffered).Select(v => v.Major).Distinct(StringComparer.Ordinal).OrderByDescending(m => m, RdsVersionOrder.Instance)];

    /// <summary>This catalog with the engines <paramref name="overrides"/> covers replaced by its versions.</summary>
    public RdsEngineVersionCatalog WithOverrides(RdsEngineVersionCatalog overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var replaced = overrides._byEngine.Keys.ToHashSet(StringComparer.Ordinal);
        var versions = _byEngine.Where(p => !replaced.Contains(p.Key)).SelectMany(p => p.Value).Concat(overrides._byEngine.Values.SelectMany(v => v));
        return new RdsEngineVersionCatalog(versions, $"{overrides.Source}, then {Source}", overrides.Retrieved ?? Retrieved);
    }

    /// <summary>
    /// Reads <c>describe-db-engine-versions</c> output (one document, or several concatenated as <c>--engine</c> runs
    /// produce when appended to one file); throws <see cref="FormatException"/> saying what is wrong.
    /// </summary>
    public static RdsEngineVersionCatalog Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        var versions = new List<RdsEngineVersion>();
        string? retrieved = null;
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip });
        var documents = 0;
        try
        {
            // After a value the reader rests on its last token: step onto the next value's first token, or stop.
            while ((documents == 0 || reader.Read()) && JsonDocument.TryParseValue(ref reader, out var document))
            {
                using (document)
                {
                    documents++;
                    var date = ReadDocument(document.RootElement, versions, out var recordedSource);
                    retrieved ??= date;
                    if (recordedSource is not null && documents == 1)
                    {
                        source = $"{source} ({recordedSource})";
                    }
                }
            }
        }
        catch (JsonException exception)
        {
            throw new FormatException($"is not valid JSON: {exception.Message}", exception);
        }

        if (documents == 0)
        {
            throw new FormatException("is empty; expected the output of 'aws rds describe-db-engine-versions --include-all --output json'");
        }

        if (versions.Count == 0)
        {
            throw new FormatException("lists no engine versions; expected a \"DBEngineVersions\" array with \"Engine\" and \"EngineVersion\" in each entry");
        }

        return new RdsEngineVersionCatalog(versions, source, retrieved);
    }

    /// <summary>Writes the catalog in the shape it is read from, one version a line, with where it came from.</summary>
    public string ToJson(string source, string retrieved, string? region)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append("{\n \"ConfigLint\": {\n");
        builder.Append("   \"source\": ").Append(JsonSerializerQuote(source)).Append(",\n");
        builder.Append("   \"retrieved\": ").Append(JsonSerializerQuote(retrieved));
        if (region is not null)
        {
            builder.Append(",\n   \"region\": ").Append(JsonSerializerQuote(region));
        }

        builder.Append("\n },\n \"DBEngineVersions\": [\n");
        var first = true;
        foreach (var engine in Engines)
        {
            foreach (var version in Versions(engine))
            {
                builder.Append(first ? "  " : ",\n  ");
                first = false;
                builder.Append("{\"Engine\": ").Append(JsonSerializerQuote(version.Engine))
                    .Append(", \"EngineVersion\": ").Append(JsonSerializerQuote(version.Version));
                if (version.Family is not null)
                {
                    builder.Append(", \"DBParameterGroupFamily\": ").Append(JsonSerializerQuote(version.Family));
                }

                builder.Append(", \"MajorEngineVersion\": ").Append(JsonSerializerQuote(version.Major));
                if (version.Status != RdsVersionStatus.Unknown)
                {
                    builder.Append(", \"Status\": ").Append(version.Status == RdsVersionStatus.Deprecated ? "\"deprecated\"" : "\"available\"");
                }

                builder.Append('}');
            }
        }

        builder.Append("\n ]\n}\n");
        return builder.ToString();
    }

    /// <summary>The major version of an engine version as RDS groups them: <c>15</c> for postgres 15.x, <c>8.0</c> for mysql 8.0.x, <c>9.6</c> before postgres 10.</summary>
    public static string MajorOf(string engine, string version)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(version);
        var parts = version.Split('.');
        var postgresLike = engine.Contains("postgres", StringComparison.Ordinal);
        if (postgresLike && int.TryParse(parts[0], out var first) && first >= 10)
        {
            return StripSuffix(parts[0]);
        }

        return parts.Length >= 2 ? $"{parts[0]}.{StripSuffix(parts[1])}" : StripSuffix(parts[0]);
    }

    private static string StripSuffix(string part) => part.IndexOf('-') is > 0 and var dash ? part[..dash] : part;

    private static string? ReadDocument(JsonElement root, List<RdsEngineVersion> versions, out string? source)
    {
        source = null;
        string? retrieved = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("must be a JSON object with a \"DBEngineVersions\" array");
        }

        if (root.TryGetProperty("ConfigLint", out var about) && about.ValueKind == JsonValueKind.Object)
        {
            source = about.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            retrieved = about.TryGetProperty("retrieved", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        }

        if (!root.TryGetProperty("DBEngineVersions", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("has no \"DBEngineVersions\" array; expected the output of 'aws rds describe-db-engine-versions --output json'");
        }

        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var engine = String(entry, "Engine");
            var version = String(entry, "EngineVersion");
            if (engine is null || version is null)
            {
                throw new FormatException($"entry {index} of \"DBEngineVersions\" lacks \"Engine\" or \"EngineVersion\"");
            }

            var status = String(entry, "Status") switch
            {
                null => RdsVersionStatus.Unknown,
                "deprecated" => RdsVersionStatus.Deprecated,
                _ => RdsVersionStatus.Available,
            };
            string major = String(entry, "MajorEngineVersion") is { Length: > 0 } recorded ? recorded : MajorOf(engine, version);
            versions.Add(new RdsEngineVersion(engine, version, major, String(entry, "DBParameterGroupFamily"), status));
            index++;
        }

        return retrieved;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string JsonSerializerQuote(string text) =>
        "\"" + JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + "\"";

    private static RdsEngineVersionCatalog LoadBuiltIn()
    {
        using var stream = typeof(RdsEngineVersionCatalog).Assembly.GetManifestResourceStream(BuiltInResourceName)
            ?? throw new InvalidOperationException($"the built-in RDS engine versions '{BuiltInResourceName}' are missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "rules/data/rds/engine-versions.json");
    }
}
