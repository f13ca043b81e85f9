using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Yaml;

/// <summary>
/// A YAML file as documents of nodes with exact spans, plus its comments and syntax errors (<c>CL0001</c>: malformed
/// YAML, duplicate keys, unknown anchors, excessive alias expansion, excessive nesting). Built by <see cref="YamlParser"/>.
/// </summary>
public sealed class YamlSyntaxTree : SyntaxTree
{
    internal YamlSyntaxTree(string path, SourceText text, ConfigFormat format, ImmutableArray<YamlDocument> documents,
        ImmutableArray<SyntaxComment> comments, ImmutableArray<Diagnostic> diagnostics)
        : base(path, text, format)
    {
        Documents = documents;
        Comments = comments;
        Diagnostics = diagnostics;
    }

    /// <summary>The documents that parsed, in file order. A document with a syntax error is left out; later ones are kept.</summary>
    public ImmutableArray<YamlDocument> Documents { get; }

    /// <inheritdoc />
    public override ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <inheritdoc />
    public override ImmutableArray<SyntaxComment> Comments { get; }

    /// <summary>The same tree with another format (the parser refines <see cref="ConfigFormat.Yaml"/> from the content).</summary>
    internal YamlSyntaxTree WithFormat(ConfigFormat format) =>
        format == Format ? this : new YamlSyntaxTree(Path, Text, format, Documents, Comments, Diagnostics);

    /// <inheritdoc />
    public override void WriteTree(TextWriter writer)
    {
        writer.WriteLine($"Yaml {Format} {Path}");
        foreach (var document in Documents)
        {
            writer.WriteLine($"  Document {document.Index} {Range(document.Span)}");
            if (document.Root is { } root)
            {
                Write(writer, root, "    ", prefix: string.Empty, depth: 0);
            }
        }

        foreach (var comment in Comments)
        {
            writer.WriteLine($"  Comment {Range(comment.Span)} {Quote(comment.Text)}");
        }
    }

    private void Write(TextWriter writer, YamlNode node, string indent, string prefix, int depth)
    {
        var properties = (node.Anchor is null ? string.Empty : $" &{node.Anchor}") + (node.Tag is null ? string.Empty : $" <{node.Tag}>");
        switch (node)
        {
            case YamlScalar scalar:
                writer.WriteLine($"{indent}{prefix}Scalar {Range(node.Span)} {scalar.Style} {Quote(scalar.Value)}{properties}");
                break;
            case YamlAlias alias:
                writer.WriteLine($"{indent}{prefix}Alias {Range(node.Span)} *{alias.Name}{(alias.Target is null ? " unresolved" : string.Empty)}");
                break;
            case YamlSequence sequence:
                writer.WriteLine($"{indent}{prefix}Sequence {Range(node.Span)}{(sequence.IsFlow ? " flow" : string.Empty)}{properties}");
                foreach (var item in sequence.Items)
                {
                    Write(writer, item, indent + "  ", "- ", depth + 1);
                }

                break;
            case YamlMapping mapping:
                writer.WriteLine($"{indent}{prefix}Mapping {Range(node.Span)}{(mapping.IsFlow ? " flow" : string.Empty)}{properties}");
                foreach (var entry in mapping.Entries)
                {
                    Write(writer, entry.Key, indent + "  ", "? ", depth + 1);
                    Write(writer, entry.Value, indent + "  ", ": ", depth + 1);
                }

                break;
        }
    }

    private string Range(TextSpan span) => Text.GetLinePositionSpan(span).ToString();

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t") + "\"";
}
