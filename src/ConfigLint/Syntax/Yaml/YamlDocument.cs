using ConfigLint.Text;

namespace ConfigLint.Syntax.Yaml;

/// <summary>One document of a YAML stream (files may hold several, separated by <c>---</c>).</summary>
public sealed class YamlDocument
{
    internal YamlDocument(int index, TextSpan span, YamlNode? root)
    {
        Index = index;
        Span = span;
        Root = root;
    }

    /// <summary>0-based position of the document in the file.</summary>
    public int Index { get; }

    /// <summary>From the document's first character (its <c>---</c> when written) to the end of its content.</summary>
    public TextSpan Span { get; }

    /// <summary>The root node; null for an empty document.</summary>
    public YamlNode? Root { get; }

    /// <summary>The root when it is a mapping (aliases resolved), else null.</summary>
    public YamlMapping? RootMapping => Root?.Resolve() as YamlMapping;
}
