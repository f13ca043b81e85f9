using ConfigLint.Text;

namespace ConfigLint.Syntax.Yaml;

/// <summary>
/// An alias (<c>*name</c>). It points at the anchored node instead of copying it, so aliases cost nothing until a
/// consumer walks them; <see cref="Target"/> is null when the anchor is unknown or the expansion limit was reached.
/// </summary>
public sealed class YamlAlias : YamlNode
{
    internal YamlAlias(TextSpan span, string name, YamlNode? target)
        : base(span, tag: null, anchor: null)
    {
        Name = name;
        Target = target;
        ExpandedSize = target?.ExpandedSize ?? 1;
    }

    /// <summary>The anchor name it refers to.</summary>
    public string Name { get; }

    /// <summary>The anchored node, or null.</summary>
    public YamlNode? Target { get; }
}
