using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using ConfigLint.Configuration;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Baselines;

/// <summary>
/// Findings accepted as they are (<c>--baseline FILE</c>), recorded by fingerprint so they stay suppressed when lines
/// move. <c>--write-baseline FILE</c> records the current findings.
/// </summary>
public sealed class Baseline
{
    private readonly FrozenSet<string> _fingerprints;

    private Baseline(IEnumerable<string> fingerprints) => _fingerprints = fingerprints.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Reads a baseline file. Throws <see cref="ConfigurationException"/> when it is missing or malformed.</summary>
    public static Baseline Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var fingerprints = new List<string>();
            foreach (var finding in document.RootElement.GetProperty("findings").EnumerateArray())
            {
                fingerprints.Add(finding.GetProperty("fingerprint").GetString() ?? string.Empty);
            }

            return new Baseline(fingerprints);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or JsonException
            or KeyNotFoundException or InvalidOperationException)
        {
            throw new ConfigurationException(new ConfigurationError(Location.None, $"cannot read baseline '{path}': {exception.Message}"));
        }
    }

    /// <summary>Marks findings whose fingerprint is in the baseline as externally suppressed.</summary>
    public LintResult Apply(LintResult result)
    {
        var fingerprints = Fingerprints.Compute(result.Diagnostics, result.FindFile);
        var builder = ImmutableArray.CreateBuilder<Diagnostic>(result.Diagnostics.Length);
        for (var i = 0; i < result.Diagnostics.Length; i++)
        {
            var diagnostic = result.Diagnostics[i];
            builder.Add(!diagnostic.IsSuppressed && _fingerprints.Contains(fingerprints[i])
                ? diagnostic with { Suppression = new Suppression(SuppressionKind.External, "recorded in the baseline", null) }
                : diagnostic);
        }

        return result with { Diagnostics = builder.MoveToImmutable() };
    }

    /// <summary>Writes the unsuppressed findings of a result as a baseline.</summary>
    public static void Write(LintResult result, Stream stream)
    {
        var fingerprints = Fingerprints.Compute(result.Diagnostics, result.FindFile);
        var redactor = Reporting.SecretRedactor.For(result);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("version", Fingerprints.Version);
        writer.WriteStartArray("findings");
        for (var i = 0; i < result.Diagnostics.Length; i++)
        {
            var diagnostic = result.Diagnostics[i];
            if (diagnostic.IsSuppressed)
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("ruleId", diagnostic.Id);
            writer.WriteString("path", diagnostic.Location.Path);
            writer.WriteString("fingerprint", fingerprints[i]);
            writer.WriteString("message", redactor.Redact(diagnostic.Message));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
