using System.Collections.Immutable;
using System.Text.Json;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Json;

/// <summary>A JSON value of a <c>.tf.json</c> file with its span; objects keep every member in order, duplicates included.</summary>
public sealed class TerraformJsonValue
{
    internal TerraformJsonValue(
        TerraformJsonValueKind kind,
        TextSpan span,
        string sourceText,
        string? stringValue,
        ImmutableArray<TerraformJsonMember> members,
        ImmutableArray<TerraformJsonValue> items)
    {
        Kind = kind;
        Span = span;
        SourceText = sourceText;
        StringValue = stringValue;
        Members = members;
        Items = items;
    }

    /// <summary>What the value is.</summary>
    public TerraformJsonValueKind Kind { get; }

    /// <summary>The span of the value as written.</summary>
    public TextSpan Span { get; }

    /// <summary>The value as written (quotes included for strings).</summary>
    public string SourceText { get; }

    /// <summary>The decoded string for <see cref="TerraformJsonValueKind.String"/>, else null.</summary>
    public string? StringValue { get; }

    /// <summary>The members of an object, in order (empty for other kinds).</summary>
    public ImmutableArray<TerraformJsonMember> Members { get; }

    /// <summary>The items of an array (empty for other kinds).</summary>
    public ImmutableArray<TerraformJsonValue> Items { get; }

    /// <summary>
    /// Reads a string value as the template Terraform makes of it (<c>"${var.x}-logs"</c>). Spans in the result are
    /// offsets into <see cref="StringValue"/>; when the JSON string has no escapes, add <c>Span.Start + 1</c> to map
    /// them into the file. Null for values that are not strings.
    /// </summary>
    public HclSyntaxTree? ParseTemplate(string path) =>
        StringValue is null ? null : HclParser.ParseTemplate(path, global::ConfigLint.Text.SourceText.From(StringValue));

    /// <summary>The first member with the name, or null.</summary>
    public TerraformJsonMember? GetMember(string name) => Members.FirstOrDefault(m => m.Name == name);

    /// <summary>Writes the value as compact JSON (numbers as written).</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (Kind)
        {
            case TerraformJsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in Members)
                {
                    writer.WritePropertyName(member.Name);
                    member.Value.WriteTo(writer);
                }

                writer.WriteEndObject();
                break;
            case TerraformJsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in Items)
                {
                    item.WriteTo(writer);
                }

                writer.WriteEndArray();
                break;
            case TerraformJsonValueKind.String:
                writer.WriteStringValue(StringValue);
                break;
            default:
                writer.WriteRawValue(SourceText, skipInputValidation: true);
                break;
        }
    }

    /// <inheritdoc />
    public override string ToString() => SourceText;
}
