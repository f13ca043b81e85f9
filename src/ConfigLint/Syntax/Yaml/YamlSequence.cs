using System.Collections.Immutable;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Yaml;

/// <summary>A sequence: block (<c>- item</c>) or flow (<c>[a, b]</c>).</summary>
public sealed class YamlSequence : YamlNode
{
    internal YamlSequence(TextSpan span, string? tag, string? anchor, ImmutableArray<YamlNode> items, bool isFlow)
        : base(span, tag, anchor)
    {
        Items = items;
        IsFlow = isFlow;
        long size = 1;
        foreach (var item in items)
        {
            size = YamlLimits.AddSaturating(size, item.ExpandedSize);
        }

        ExpandedSize = size;
    }

    /// <summary>The items as written (aliases included; use <see cref="YamlNode.Resolve"/>).</summary>
    public ImmutableArray<YamlNode> Items { get; }

    /// <summary>True for <c>[a, b]</c>.</summary>
    public bool IsFlow { get; }
}
