namespace ConfigLint.Syntax.Yaml;

/// <summary>How a scalar is written; only plain scalars are typed by the schema (<c>true</c>, <c>3</c>, <c>null</c>).</summary>
public enum YamlScalarStyle
{
    /// <summary>Unquoted.</summary>
    Plain,

    /// <summary><c>'single quoted'</c>.</summary>
    SingleQuoted,

    /// <summary><c>"double quoted"</c>, with escapes.</summary>
    DoubleQuoted,

    /// <summary>A literal block scalar (<c>|</c>).</summary>
    Literal,

    /// <summary>A folded block scalar (<c>&gt;</c>).</summary>
    Folded,
}
