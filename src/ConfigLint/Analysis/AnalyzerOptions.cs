using System.Collections.Frozen;
using ConfigLint.Model;

namespace ConfigLint.Analysis;

/// <summary>What configuration tells analyzers: the workspace root and each rule's options block.</summary>
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

    /// <summary>The <c>options:</c> block configured for a rule id, or null.</summary>
    public ConfigObject? GetRuleOptions(string ruleId) => RuleOptions.GetValueOrDefault(ruleId);
}
