using ConfigLint.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary>A block label: its value and the span of the label as written (quotes included).</summary>
public sealed record HclBlockLabel(string Value, TextSpan Span, bool IsQuoted);
