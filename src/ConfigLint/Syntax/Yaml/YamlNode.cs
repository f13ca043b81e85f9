using ConfigLint.Text;

namespace ConfigLint.Syntax.Yaml;

/// <summary>
/// A node of a YAML document as written: a mapping, a sequence, a scalar or an alias. Every node knows its span
/// (without its anchor and tag, so a finding underlines the value), its tag and its anchor.
/// </summary>
public abstract class YamlNode
{
    private protected YamlNode(TextSpan span, string? tag, string? anchor)
    {
        Span = span;
        Tag = tag;
        Anchor = anchor;
    }

    /// <summary>Where the value is written, anchor and tag excluded.</summary>
    public TextSpan Span { get; }

    /// <summary>The explicit tag (<c>tag:yaml.org,2002:str</c> for <c>!!str</c>, <c>!reset</c>, <c>!</c>), or null when there is none.</summary>
    public string? Tag { get; }

    /// <summary>The anchor (<c>&amp;name</c>) without the ampersand, or null.</summary>
    public string? Anchor { get; }

    /// <summary>
    /// How many nodes a full walk of this node visits with aliases expanded; the parser caps the sum over a file,
    /// which is what keeps a "billion laughs" file from exhausting memory or time.
    /// </summary>
    internal long ExpandedSize { get; private protected set; } = 1;

    /// <summary>The node an alias stands for, or this node itself; null for an alias that could not be resolved.</summary>
    public YamlNode? Resolve() => this is YamlAlias alias ? alias.Target : this;
}
