using ConfigLint.Text;

namespace ConfigLint.Rules.Secrets;

/// <summary>A secret found in a value: what kind, where inside the value (offsets into the value text), and a redacted preview.</summary>
public sealed record SecretFinding(string Kind, TextSpan SpanInValue, string Redacted);
