using System.Text.Json.Serialization;

namespace ConfigLint.Reporting.Sarif;

/// <summary>Source-generated serialization for the SARIF model: camelCase names, nulls left out, indented output.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class SarifJsonContext : JsonSerializerContext;
