using ConfigLint.Text;

namespace ConfigLint.Syntax;

/// <summary>A comment in any format: its full span (markers included) and its text without the markers.</summary>
public readonly record struct SyntaxComment(TextSpan Span, string Text);
