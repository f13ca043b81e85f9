using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Text;

namespace ConfigLint.Configuration;

/// <summary>One entry under <c>rules:</c>: a rule id or name, its severity (null to keep the default) and options.</summary>
public sealed record RuleSetting(string Rule, DiagnosticSeverity? Severity, ConfigObject? Options, Location Location);
