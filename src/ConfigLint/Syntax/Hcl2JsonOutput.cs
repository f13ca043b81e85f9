using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Syntax.Json;

namespace ConfigLint.Syntax;

/// <summary>
/// <c>configlint parse --format hcl2json</c>: Terraform files as JSON in the shape of HashiCorp's hcl2json. Native
/// syntax is converted; <c>.tf.json</c> files are already JSON and are written as they are.
/// </summary>
public static class Hcl2JsonOutput
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one file's document; on failure writes its errors to <paramref name="errors"/> and returns false.</summary>
    public static bool WriteDocument(SyntaxTree tree, TextWriter output, TextWriter errors)
    {
        var buffer = new MemoryStream();
        string? error;
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            if (!TryWriteResult(tree, writer, out error))
            {
                foreach (var diagnostic in tree.Diagnostics)
                {
                    errors.WriteLine($"{diagnostic.Location}: {diagnostic.Id} {diagnostic.Message}");
                }

                if (tree.Diagnostics.IsEmpty)
                {
                    errors.WriteLine($"{tree.Path}: {error}");
                }

                return false;
            }
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        return true;
    }

    /// <summary>Writes <c>{"file": …, "result": … or null, "diagnostics": […]}</c> on one line; false when result is null.</summary>
    public static bool WriteLine(SyntaxTree tree, TextWriter output)
    {
        var result = new MemoryStream();
        bool ok;
        string? error;
        using (var resultWriter = new Utf8JsonWriter(result, Compact))
        {
            ok = TryWriteResult(tree, resultWriter, out error);
        }

        var line = new MemoryStream();
        using (var writer = new Utf8JsonWriter(line, Compact))
        {
            writer.WriteStartObject();
            writer.WriteString("file", tree.Path);
            writer.WritePropertyName("result");
            if (ok)
            {
                writer.WriteRawValue(result.ToArray(), skipInputValidation: true);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in tree.Diagnostics)
            {
                writer.WriteStartObject();
                writer.WriteString("id", diagnostic.Id);
                writer.WriteNumber("line", diagnostic.Location.StartLine);
                writer.WriteNumber("column", diagnostic.Location.StartColumn);
                writer.WriteString("message", diagnostic.Message);
                writer.WriteEndObject();
            }

            if (!ok && tree.Diagnostics.IsEmpty && error is not null)
            {
                writer.WriteStartObject();
                writer.WriteString("message", error);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(line.ToArray()));
        return ok;
    }

    private static bool TryWriteResult(SyntaxTree tree, Utf8JsonWriter writer, out string? error)
    {
        switch (tree)
        {
            case HclSyntaxTree hcl:
                return Hcl2Json.TryWrite(hcl, writer, out error);
            case TerraformJsonSyntaxTree json when json.IsValid:
                json.Root!.WriteTo(writer);
                error = null;
                return true;
            default:
                error = tree.Diagnostics.IsEmpty ? $"{tree.Format} files have no hcl2json form" : tree.Diagnostics[0].Message;
                return false;
        }
    }
}
