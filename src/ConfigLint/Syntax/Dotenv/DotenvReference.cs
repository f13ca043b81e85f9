using ConfigLint.Text;

namespace ConfigLint.Syntax.Dotenv;

/// <summary>A <c>$VAR</c> or <c>${VAR}</c> (with an optional <c>:-default</c>) inside a value.</summary>
public sealed record DotenvReference(string Name, TextSpan Span, bool HasDefault);
