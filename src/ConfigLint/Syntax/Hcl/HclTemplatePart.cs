namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// One piece of a template after HCL's processing: literal text (escapes decoded, <c>~</c> strip markers and
/// <c>&lt;&lt;-</c> indentation applied, neighbours merged), or an interpolation or directive node.
/// </summary>
public readonly record struct HclTemplatePart(string? Literal, HclExpression? Node)
{
    /// <summary>True for literal text.</summary>
    public bool IsLiteral => Node is null;
}
