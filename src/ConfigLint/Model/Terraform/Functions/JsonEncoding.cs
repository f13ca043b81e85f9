using System.Globalization;
using System.Text;
using System.Text.Json;
using ConfigLint.Model.Terraform.Values;

namespace ConfigLint.Model.Terraform.Functions;

/// <summary>
/// <c>jsonencode</c> and <c>jsondecode</c> as Terraform does them: compact output, object keys in order, <c>&lt;</c>
/// <c>&gt;</c> <c>&amp;</c> escaped like Go's encoder, numbers decoded exactly.
/// </summary>
internal static class JsonEncoding
{
    public static string Encode(TerraformValue value)
    {
        var builder = new StringBuilder();
        Write(builder, value);
        return builder.ToString();
    }

    public static TerraformValue Decode(FunctionArguments call, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            return FromElement(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw call.Invalid(0, $"invalid JSON: {exception.Message}");
        }
    }

    private static TerraformValue FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => TerraformValue.Null,
        JsonValueKind.True => TerraformValue.True,
        JsonValueKind.False => TerraformValue.False,
        JsonValueKind.String => TerraformValue.String(element.GetString()!),
        JsonValueKind.Number => TerraformValue.ParseNumber(element.GetRawText()),
        JsonValueKind.Array => TerraformValue.Tuple(element.EnumerateArray().Select(FromElement)),
        _ => TerraformValue.Object(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, FromElement(p.Value)))),
    };

    private static void Write(StringBuilder builder, TerraformValue value)
    {
        switch (value.Kind)
        {
            case TerraformValueKind.Null:
                builder.Append("null");
                break;
            case TerraformValueKind.Bool:
                builder.Append(value.AsBool ? "true" : "false");
                break;
            case TerraformValueKind.Number:
                builder.Append(TerraformValue.FormatNumber(value.AsNumber));
                break;
            case TerraformValueKind.String:
                WriteString(builder, value.AsString);
                break;
            case TerraformValueKind.Tuple:
                builder.Append('[');
                for (var i = 0; i < value.Items.Length; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    Write(builder, value.Items[i]);
                }

                builder.Append(']');
                break;
            case TerraformValueKind.Object:
                builder.Append('{');
                var first = true;
                foreach (var (key, item) in value.Attributes)
                {
                    if (!first)
                    {
                        builder.Append(',');
                    }

                    first = false;
                    WriteString(builder, key);
                    builder.Append(':');
                    Write(builder, item);
                }

                builder.Append('}');
                break;
            default:
                throw new ArgumentException("an unknown value cannot be encoded");
        }
    }

    private static void WriteString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '<' or '>' or '&' or '\u2028' or '\u2029' or < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
    }
}
