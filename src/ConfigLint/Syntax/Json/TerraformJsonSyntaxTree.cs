using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Json;

/// <summary>A parsed <c>.tf.json</c> or <c>.tfvars.json</c> file: the JSON value with spans, or the syntax error.</summary>
public sealed class TerraformJsonSyntaxTree : SyntaxTree
{
    internal TerraformJsonSyntaxTree(string path, SourceText text, TerraformJsonValue? root, ImmutableArray<Diagnostic> diagnostics)
        : base(path, text, ConfigFormat.TerraformJson)
    {
        Root = root;
        Diagnostics = diagnostics;
    }

    /// <summary>The top-level value; null when the file is not valid JSON.</summary>
    public TerraformJsonValue? Root { get; }

    /// <summary>The top-level body; null unless the file is a JSON object.</summary>
    public TerraformJsonBody? Body => Root is { Kind: TerraformJsonValueKind.Object } root ? new TerraformJsonBody(root) : null;

    /// <summary>True when the file parsed and is a JSON object.</summary>
    public bool IsValid => Diagnostics.IsEmpty && Root is not null;

    /// <inheritdoc />
    public override ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>JSON has no comments; Terraform's <c>"//"</c> properties are data, not comments.</summary>
    public override ImmutableArray<SyntaxComment> Comments => [];

    /// <inheritdoc />
    public override void WriteTree(TextWriter writer)
    {
        if (Root is not null)
        {
            Write(writer, Root, null, 0);
        }
    }

    private void Write(TextWriter writer, TerraformJsonValue value, string? name, int depth)
    {
        var position = Text.GetLinePosition(value.Span.Start);
        var label = name is null ? string.Empty : $" \"{name}\"";
        var scalar = value.Kind is TerraformJsonValueKind.Object or TerraformJsonValueKind.Array ? string.Empty : " " + value.SourceText;
        writer.WriteLine($"{new string(' ', depth * 2)}{value.Kind}{label} {position} {value.Span}{scalar}");
        foreach (var member in value.Members)
        {
            Write(writer, member.Value, member.Name, depth + 1);
        }

        foreach (var item in value.Items)
        {
            Write(writer, item, null, depth + 1);
        }
    }
}
