using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Syntax;

/// <summary>
/// The parsed form of one file. Each format derives its own tree; all of them keep the text, the
/// syntax diagnostics (parsing never throws) and the comments, which suppressions are read from.
/// </summary>
public abstract class SyntaxTree
{
    /// <summary>Initializes the common parts.</summary>
    protected SyntaxTree(string path, SourceText text, ConfigFormat format)
    {
        Path = path;
        Text = text;
        Format = format;
    }

    /// <summary>Workspace-relative path with forward slashes.</summary>
    public string Path { get; }

    /// <summary>The decoded file.</summary>
    public SourceText Text { get; }

    /// <summary>What the file is.</summary>
    public ConfigFormat Format { get; }

    /// <summary>Syntax errors found while parsing (<c>CL0001</c>).</summary>
    public abstract ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Every comment in the file, in order.</summary>
    public abstract ImmutableArray<SyntaxComment> Comments { get; }

    /// <summary>Writes a readable dump of the tree (node kinds, spans, token texts) for <c>configlint parse --format tree</c>.</summary>
    public abstract void WriteTree(TextWriter writer);

    /// <summary>A location in this file.</summary>
    public Location GetLocation(TextSpan span) => Location.Create(Path, Text, span);
}
