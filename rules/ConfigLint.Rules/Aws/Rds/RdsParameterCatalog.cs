using System.Collections.Frozen;
using System.Text;
using System.Text.Json;

namespace ConfigLint.Rules.Aws.Rds;

/// <summary>
/// RDS parameter knowledge per DB parameter group family: ConfigLint's curated subset
/// (<c>rules/data/rds/parameters.json</c>) and whole listings read from the output of
/// <c>aws rds describe-engine-default-parameters --db-parameter-group-family FAMILY --output json</c>
/// (or <c>describe-db-parameters</c>, <c>describe-engine-default-cluster-parameters</c>,
/// <c>describe-db-cluster-parameters</c>), which replace the curated data of their family.
/// </summary>
public sealed class RdsParameterCatalog
{
    /// <summary>The embedded resource name of the built-in data.</summary>
    public const string BuiltInResourceName = "ConfigLint.Rules.data.rds.parameters.json";

    /// <summary>Where <c>configlint data update-rds-parameters</c> writes and the rules look, relative to the workspace root.</summary>
    public const string DefaultUserDirectory = ".configlint/rds-parameters";

    private static readonly Lazy<RdsParameterCatalog> BuiltInCatalog = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, RdsParameterFamily> _instance;
    private readonly FrozenDictionary<string, RdsParameterFamily> _cluster;

    private RdsParameterCatalog(IReadOnlyDictionary<string, RdsParameterFamily> instance, IReadOnlyDictionary<string, RdsParameterFamily> cluster)
    {
        _instance = instance.ToFrozenDictionary(StringComparer.Ordinal);
        _cluster = cluster.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>ConfigLint's curated data: see <c>rules/data/README.md</c> for its sources and date.</summary>
    public static RdsParameterCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>The families with data, sorted.</summary>
    public IEnumerable<string> Families => _instance.Keys.Concat(_cluster.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>
    /// The parameters of a family for a DB parameter group (<paramref name="cluster"/> false) or a DB cluster parameter
    /// group; a cluster group falls back to the family's DB parameter group data, marked incomplete, since the two
    /// listings differ. Null for a family without data.
    /// </summary>
    public RdsParameterFamily? For(string family, bool cluster)
    {
        if (cluster && _cluster.TryGetValue(family, out var clusterData))
        {
            return clusterData;
        }

        if (!_instance.TryGetValue(family, out var data))
        {
            return null;
        }

        return cluster && data.IsComplete ? new RdsParameterFamily(family, data.Parameters.Values, isComplete: false, data.Source, data.Retrieved) : data;
    }

    /// <summary>The file a family's listing is kept in: <c>postgres16.json</c>, or <c>aurora-postgresql16.cluster.json</c> for a DB cluster parameter group.</summary>
    public static string ListingFileName(string family, bool cluster) => cluster ? family + ".cluster.json" : family + ".json";

    /// <summary>This catalog with whole listings replacing the data of their families.</summary>
    public RdsParameterCatalog WithOverrides(IEnumerable<(RdsParameterFamily Family, bool Cluster)> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var instance = new Dictionary<string, RdsParameterFamily>(_instance, StringComparer.Ordinal);
        var cluster = new Dictionary<string, RdsParameterFamily>(_cluster, StringComparer.Ordinal);
        foreach (var (family, isCluster) in overrides)
        {
            (isCluster ? cluster : instance)[family.Family] = family;
        }

        return new RdsParameterCatalog(instance, cluster);
    }

    /// <summary>
    /// Reads describe output for one family (one document, or several concatenated pages); throws
    /// <see cref="FormatException"/> saying what is wrong. The family is taken from <c>EngineDefaults.DBParameterGroupFamily</c>
    /// or a file written by <see cref="ToJson"/> when <paramref name="family"/> is null.
    /// </summary>
    public static RdsParameterFamily ParseListing(string json, string? family, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        var parameters = new List<RdsParameter>();
        string? recordedFamily = null;
        string? retrieved = null;
        var complete = true;
        var documents = 0;
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { AllowMultipleValues = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            // After a value the reader rests on its last token: step onto the next value's first token, or stop.
            while ((documents == 0 || reader.Read()) && JsonDocument.TryParseValue(ref reader, out var document))
            {
                using (document)
                {
                    documents++;
                    var root = document.RootElement;
                    if (root.ValueKind != JsonValueKind.Object)
                    {
                        throw new FormatException("must be a JSON object with a \"Parameters\" array (or \"EngineDefaults\": {\"Parameters\": [...]})");
                    }

                    if (root.TryGetProperty("ConfigLint", out var about) && about.ValueKind == JsonValueKind.Object)
                    {
                        recordedFamily ??= String(about, "family");
                        retrieved ??= String(about, "retrieved");
                        if (String(about, "source") is { } recordedSource && documents == 1)
                        {
                            source = recordedSource;
                        }

                        complete &= !(about.TryGetProperty("complete", out var c) && c.ValueKind == JsonValueKind.False);
                    }

                    var holder = root;
                    if (root.TryGetProperty("EngineDefaults", out var defaults) && defaults.ValueKind == JsonValueKind.Object)
                    {
                        holder = defaults;
                        recordedFamily ??= String(defaults, "DBParameterGroupFamily");
                    }

                    if (!holder.TryGetProperty("Parameters", out var list) || list.ValueKind != JsonValueKind.Array)
                    {
                        throw new FormatException("has no \"Parameters\" array; expected the output of 'aws rds describe-engine-default-parameters --db-parameter-group-family FAMILY --output json'");
                    }

                    ReadParameters(list, "Parameters", parameters);
                }
            }
        }
        catch (JsonException exception)
        {
            throw new FormatException($"is not valid JSON: {exception.Message}", exception);
        }

        if (documents == 0)
        {
            throw new FormatException("is empty; expected the output of 'aws rds describe-engine-default-parameters --db-parameter-group-family FAMILY --output json'");
        }

        if (parameters.Count == 0)
        {
            throw new FormatException("lists no parameters; expected \"Parameters\" entries with \"ParameterName\"");
        }

        var name = family ?? recordedFamily ?? throw new FormatException("does not say its family (no \"EngineDefaults.DBParameterGroupFamily\"); name the family on the command line");
        if (family is not null && recordedFamily is not null && !string.Equals(family, recordedFamily, StringComparison.Ordinal))
        {
            throw new FormatException($"lists the parameters of family '{recordedFamily}', not '{family}'");
        }

        return new RdsParameterFamily(name, parameters, complete, source, retrieved);
    }

    /// <summary>Writes a family's parameters in the shape they are read from, one parameter a line, with where they came from.</summary>
    public static string ToJson(RdsParameterFamily family, bool cluster, string source, string retrieved)
    {
        ArgumentNullException.ThrowIfNull(family);
        var builder = new StringBuilder();
        builder.Append("{\n \"ConfigLint\": {\n");
        builder.Append("   \"source\": ").Append(Quote(source)).Append(",\n");
        builder.Append("   \"retrieved\": ").Append(Quote(retrieved)).Append(",\n");
        builder.Append("   \"family\": ").Append(Quote(family.Family)).Append(",\n");
        builder.Append("   \"group\": ").Append(cluster ? "\"cluster\"" : "\"instance\"").Append(",\n");
        builder.Append("   \"complete\": ").Append(family.IsComplete ? "true" : "false").Append("\n },\n \"Parameters\": [\n");
        var first = true;
        foreach (var parameter in family.Parameters.Values.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            builder.Append(first ? "  " : ",\n  ");
            first = false;
            builder.Append("{\"ParameterName\": ").Append(Quote(parameter.Name));
            if (parameter.ApplyType != RdsApplyType.Unknown)
            {
                builder.Append(", \"ApplyType\": ").Append(parameter.ApplyType == RdsApplyType.Static ? "\"static\"" : "\"dynamic\"");
            }

            if (parameter.DataType is not null)
            {
                builder.Append(", \"DataType\": ").Append(Quote(parameter.DataType));
            }

            if (parameter.AllowedValues is not null)
            {
                builder.Append(", \"AllowedValues\": ").Append(Quote(parameter.AllowedValues.Text));
            }

            if (parameter.Unit is not null)
            {
                builder.Append(", \"Unit\": ").Append(Quote(parameter.Unit));
            }

            if (parameter.IsModifiable is { } modifiable)
            {
                builder.Append(", \"IsModifiable\": ").Append(modifiable ? "true" : "false");
            }

            builder.Append('}');
        }

        builder.Append("\n ]\n}\n");
        return builder.ToString();
    }

    /// <summary>Reads ConfigLint's curated data: groups of families sharing a list of parameters, later groups overriding earlier ones.</summary>
    internal static RdsParameterCatalog ParseCurated(string json, string source)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        var retrieved = root.TryGetProperty("ConfigLint", out var about) ? String(about, "retrieved") : null;
        var byFamily = new Dictionary<string, Dictionary<string, RdsParameter>>(StringComparer.Ordinal);
        var index = 0;
        foreach (var group in root.GetProperty("Groups").EnumerateArray())
        {
            var parameters = new List<RdsParameter>();
            ReadParameters(group.GetProperty("Parameters"), $"Groups[{index}].Parameters", parameters);
            foreach (var family in group.GetProperty("Families").EnumerateArray())
            {
                var name = family.GetString() ?? throw new FormatException($"Groups[{index}].Families has a non-string entry");
                if (!byFamily.TryGetValue(name, out var known))
                {
                    byFamily[name] = known = new Dictionary<string, RdsParameter>(StringComparer.Ordinal);
                }

                foreach (var parameter in parameters)
                {
                    known[parameter.Name] = parameter;
                }
            }

            index++;
        }

        var families = byFamily.ToDictionary(
            p => p.Key,
            p => new RdsParameterFamily(p.Key, p.Value.Values, isComplete: false, source, retrieved),
            StringComparer.Ordinal);
        return new RdsParameterCatalog(families, new Dictionary<string, RdsParameterFamily>(StringComparer.Ordinal));
    }

    private static void ReadParameters(JsonElement list, string where, List<RdsParameter> parameters)
    {
        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            if (String(entry, "ParameterName") is not { Length: > 0 } name)
            {
                throw new FormatException($"entry {index} of \"{where}\" lacks \"ParameterName\"");
            }

            var apply = String(entry, "ApplyType") switch
            {
                "static" => RdsApplyType.Static,
                "dynamic" => RdsApplyType.Dynamic,
                _ => RdsApplyType.Unknown,
            };
            bool? modifiable = entry.TryGetProperty("IsModifiable", out var m) && m.ValueKind is JsonValueKind.True or JsonValueKind.False ? m.GetBoolean() : null;
            var unit = String(entry, "Unit") ?? UnitOf(String(entry, "Description"));
            parameters.Add(new RdsParameter(name, apply, String(entry, "DataType"), RdsAllowedValues.Parse(String(entry, "AllowedValues")), unit, modifiable));
            index++;
        }
    }

    // describe output writes the unit as a prefix of the description: "(8kB) Sets the planner's assumption ...".
    private static string? UnitOf(string? description)
    {
        if (description is not { Length: > 2 } || description[0] != '(')
        {
            return null;
        }

        var close = description.IndexOf(')', StringComparison.Ordinal);
        return close is > 1 and < 12 ? description[1..close] : null;
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Quote(string text) =>
        "\"" + JsonEncodedText.Encode(text, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() + "\"";

    private static RdsParameterCatalog LoadBuiltIn()
    {
        using var stream = typeof(RdsParameterCatalog).Assembly.GetManifestResourceStream(BuiltInResourceName)
            ?? throw new InvalidOperationException($"the built-in RDS parameters '{BuiltInResourceName}' are missing");
        using var reader = new StreamReader(stream);
        return ParseCurated(reader.ReadToEnd(), "rules/data/rds/parameters.json");
    }
}
