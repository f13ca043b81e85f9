namespace ConfigLint.Syntax.Hcl;

/// <summary>The kinds of node in an HCL syntax tree.</summary>
public enum HclSyntaxKind : byte
{
    /// <summary>A body: the file itself or the inside of a block; its children are attributes and blocks.</summary>
    Body,

    /// <summary><c>name = expression</c>.</summary>
    Attribute,

    /// <summary><c>type "label" label { body }</c>.</summary>
    Block,

    /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    Literal,

    /// <summary>A bare name that starts a reference: the <c>var</c> of <c>var.region</c>.</summary>
    Variable,

    /// <summary><c>source.name</c>.</summary>
    GetAttribute,

    /// <summary><c>source[key]</c>.</summary>
    Index,

    /// <summary><c>source.0</c>, the legacy index form.</summary>
    LegacyIndex,

    /// <summary><c>source.*.steps</c>: children are the source and the steps applied to each element.</summary>
    AttributeSplat,

    /// <summary><c>source[*].steps</c>: children are the source and the steps applied to each element.</summary>
    FullSplat,

    /// <summary>The <c>.*</c> or <c>[*]</c> marker: the element a splat's steps start from.</summary>
    SplatItem,

    /// <summary><c>name(arguments)</c>, also <c>provider::ns::name(…)</c>; the last argument may be expanded with <c>...</c>.</summary>
    FunctionCall,

    /// <summary><c>[a, b]</c>.</summary>
    Tuple,

    /// <summary><c>{ key = value }</c>; children are <see cref="ObjectItem"/> nodes.</summary>
    Object,

    /// <summary><c>key = value</c> or <c>key: value</c> inside an object.</summary>
    ObjectItem,

    /// <summary><c>[for …]</c> or <c>{for …}</c>.</summary>
    For,

    /// <summary><c>condition ? a : b</c>.</summary>
    Conditional,

    /// <summary><c>a op b</c>.</summary>
    Binary,

    /// <summary><c>-a</c> or <c>!a</c>.</summary>
    Unary,

    /// <summary><c>(expression)</c>.</summary>
    Parenthesized,

    /// <summary>A quoted string or heredoc; children are interpolations and directives, literal text is its tokens.</summary>
    Template,

    /// <summary><c>${ expression }</c> inside a template.</summary>
    Interpolation,

    /// <summary><c>%{ if condition }</c>.</summary>
    IfDirective,

    /// <summary><c>%{ else }</c>.</summary>
    ElseDirective,

    /// <summary><c>%{ endif }</c>.</summary>
    EndIfDirective,

    /// <summary><c>%{ for name in collection }</c>.</summary>
    ForDirective,

    /// <summary><c>%{ endfor }</c>.</summary>
    EndForDirective,

    /// <summary>Something that did not parse; keeps whatever parsed inside it.</summary>
    Error,
}
