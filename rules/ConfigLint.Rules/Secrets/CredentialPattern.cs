using System.Text.RegularExpressions;

namespace ConfigLint.Rules.Secrets;

/// <summary>A known credential format: what it is, how to recognise it, and how many leading characters are safe to show.</summary>
public sealed record CredentialPattern(string Name, Regex Pattern, int VisiblePrefix);
