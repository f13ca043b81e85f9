using ConfigLint.Text;

namespace ConfigLint.Syntax.Dockerfile;

/// <summary>One instruction (<c>FROM</c>, <c>EXPOSE</c>, …) with its keyword, its arguments joined across line continuations, and spans.</summary>
public sealed record DockerfileInstruction(string Keyword, TextSpan KeywordSpan, string Arguments, TextSpan ArgumentsSpan, TextSpan Span);
