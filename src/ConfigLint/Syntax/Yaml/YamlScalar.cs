using ConfigLint.Text;

namespace ConfigLint.Syntax.Yaml;

/// <summary>A scalar: its decoded value (quotes removed, escapes processed, lines folded) and how it was written.</summary>
public sealed class YamlScalar : YamlNode
{
    internal YamlScalar(TextSpan span, string? tag, string? anchor, string value, YamlScalarStyle style)
        : base(span, tag, anchor)
    {
        Value = value;
        Style = style;
    }

    /// <summary>The decoded value.</summary>
    public string Value { get; }

    /// <summary>How the scalar is written.</summary>
    public YamlScalarStyle Style { get; }

    /// <summary>True for an unquoted scalar without a tag: the only kind whose type the schema decides.</summary>
    public bool IsPlainUntagged => Style == YamlScalarStyle.Plain && Tag is null;

    /// <inheritdoc />
    public override string ToString() => Value;
}
