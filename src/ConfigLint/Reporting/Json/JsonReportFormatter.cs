using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Reporting.Json;

/// <summary>
/// ConfigLint's own JSON report (schema version 1): every finding with its rule, severity, location, related
/// locations, fixes, suppression and fingerprint, plus the summary. Keys and order are stable across releases.
/// </summary>
public sealed class JsonReportFormatter : IReportFormatter
{
    /// <summary>Bumped only when a key changes meaning or disappears.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <inheritdoc />
    public string Name => "json";

    /// <inheritdoc />
    public void Write(LintResult result, TextWriter writer, ReportOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteReport(json, result, options);
        }

        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n"));
        writer.Write('\n');
    }

    private static void WriteReport(Utf8JsonWriter json, LintResult result, ReportOptions options)
    {
        var summary = ReportSummary.Of(result);
        var redactor = SecretRedactor.For(result);
        var located = result.Diagnostics.Where(d => !d.Location.IsNone).ToList();
        var fingerprints = Fingerprints.Compute(located, result.FindFile);
        var fingerprintOf = new Dictionary<Diagnostic, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < located.Count; i++)
        {
            fingerprintOf[located[i]] = fingerprints[i];
        }

        json.WriteStartObject();
        json.WriteNumber("version", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", options.ToolName);
        json.WriteString("version", options.ToolVersion);
        json.WriteEndObject();

        json.WriteStartObject("summary");
        json.WriteNumber("files", summary.Files);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("notes", summary.Notes);
        json.WriteNumber("suppressed", summary.Suppressed);
        json.WriteNumber("fixable", summary.Fixable);
        json.WriteNumber("unsafeFixable", summary.UnsafeFixable);
        json.WriteNumber("fixed", result.AppliedFixes.Length);
        json.WriteEndObject();

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic, fingerprintOf.GetValueOrDefault(diagnostic), redactor);
        }

        json.WriteEndArray();

        json.WriteStartArray("appliedFixes");
        foreach (var fix in result.AppliedFixes)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", fix.RuleId);
            json.WriteString("path", fix.Path);
            json.WriteString("title", redactor.Redact(fix.Title));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic, string? fingerprint, SecretRedactor redactor)
    {
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("name", diagnostic.Descriptor.Name);
        json.WriteString("severity", diagnostic.Severity.ToName());
        json.WriteString("message", redactor.Redact(diagnostic.Message));
        WriteLocation(json, "location", diagnostic.Location);

        json.WriteStartArray("related");
        foreach (var related in diagnostic.RelatedLocations)
        {
            json.WriteStartObject();
            json.WriteString("message", redactor.Redact(related.Message));
            WriteLocation(json, "location", related.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("fixes");
        foreach (var fix in redactor.ShowableFixes(diagnostic))
        {
            json.WriteStartObject();
            json.WriteString("title", redactor.Redact(fix.Title));
            json.WriteString("safety", fix.Safety == FixSafety.Safe ? "safe" : "unsafe");
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                json.WriteString("path", edit.Path);
                json.WriteNumber("offset", edit.Span.Start);
                json.WriteNumber("length", edit.Span.Length);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        if (diagnostic.Suppression is { } suppression)
        {
            json.WriteStartObject("suppression");
            json.WriteString("kind", suppression.Kind == SuppressionKind.InSource ? "inSource" : "external");
            if (suppression.Justification is { } justification)
            {
                json.WriteString("justification", redactor.Redact(justification));
            }
            else
            {
                json.WriteNull("justification");
            }

            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("suppression");
        }

        if (fingerprint is null)
        {
            json.WriteNull("fingerprint");
        }
        else
        {
            json.WriteString("fingerprint", fingerprint);
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string name, Location location)
    {
        if (location.IsNone)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("path", location.Path);
        json.WriteNumber("line", location.StartLine);
        json.WriteNumber("column", location.StartColumn);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
        json.WriteNumber("offset", location.Span.Start);
        json.WriteNumber("length", location.Span.Length);
        json.WriteEndObject();
    }
}
