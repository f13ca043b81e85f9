using System.Collections.Frozen;
using System.Collections.Immutable;
using ConfigLint.Model;

namespace ConfigLint.Analysis;

/// <summary>What configuration tells analyzers: the workspace root, each rule's options block and the provider schema files.</summary>
public sealed class AnalyzerOptions
{
    /// <summary>Options with no rule settings.</summary>
    public static AnalyzerOptions Empty { get; } = new(string.Empty, FrozenDictionary<string, ConfigObject>.Empty);

    /// <summary>Creates options.</summary>
    public AnalyzerOptions(string workspaceRoot, IReadOnlyDictionary<string, ConfigObject> ruleOptions)
    {
        WorkspaceRoot = workspaceRoot;
        RuleOptions = ruleOptions;
    }

    /// <summary>Absolute path of the workspace root.</summary>
    public string WorkspaceRoot { get; }

    /// <summary>Rule options keyed by rule id.</summary>
    private IReadOnlyDictionary<string, ConfigObject> RuleOptions { get; }

    /// <summary>
    /// Absolute paths of <c>terraform providers schema -json</c> files to use instead of (or besides) the built-in
    /// provider catalogs: the configuration's <c>terraform: provider-schemas:</c> first, then <c>--provider-schema</c>.
    /// </summary>
    public ImmutableArray<string> ProviderSchemaFiles { get; init; } = [];

    /// <summary>The <c>options:</c> block configured for a rule id, or null.</summary>
    public ConfigObject? GetRuleOptions(string ruleId) => RuleOptions.GetValueOrDefault(ruleId);
}
