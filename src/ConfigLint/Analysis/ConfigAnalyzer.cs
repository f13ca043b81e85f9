using System.Collections.Immutable;
using ConfigLint.Configuration;
using ConfigLint.Diagnostics;
using ConfigLint.Model;

namespace ConfigLint.Analysis;

/// <summary>
/// A rule (or a pack of related rules): it declares what it can report and, in <see cref="Initialize"/>,
/// registers callbacks for the files, node kinds or whole workspace it cares about. Built-in rules and
/// third-party plugins use the same API.
/// </summary>
public abstract class ConfigAnalyzer
{
    /// <summary>Every descriptor this analyzer may report; reporting any other is an analyzer error.</summary>
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Registers the analyzer's callbacks. Called once per run.</summary>
    public abstract void Initialize(AnalysisContext context);

    /// <summary>A readable name for error reports: the type name.</summary>
    public virtual string Name => GetType().Name;

    /// <summary>
    /// Checks the <c>options:</c> block that configuration gives <paramref name="rule"/> (one of
    /// <see cref="SupportedDiagnostics"/>) before anything is analyzed, and returns one error per problem, located at the
    /// offending key or value; any error stops the run with exit code 2. An analyzer that reads options overrides this
    /// so that a misspelt option is an error rather than silently ignored. The default accepts any options.
    /// </summary>
    public virtual IEnumerable<ConfigurationError> ValidateOptions(DiagnosticDescriptor rule, ConfigObject options) => [];
}
