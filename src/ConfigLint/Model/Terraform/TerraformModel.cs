using System.Collections.Frozen;
using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Evaluation;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// Every Terraform module of the workspace, for rules to query: <c>context.Graph.GetModel&lt;TerraformModel&gt;()</c>.
/// Modules by directory, the module of a node, and through <see cref="TerraformModule.Evaluator"/> the values of
/// its expressions.
/// </summary>
public sealed class TerraformModel
{
    private FrozenDictionary<string, TerraformModule> _byDirectory = FrozenDictionary<string, TerraformModule>.Empty;

    internal TerraformModel(BindingSettings settings, string workspaceRoot)
    {
        Settings = settings;
        Files = new TerraformWorkspaceFiles(workspaceRoot);
    }

    /// <summary>The modules, by directory.</summary>
    public ImmutableArray<TerraformModule> Modules { get; private set; } = [];

    /// <summary>Every value assigned in a variables file of the workspace, applied or not.</summary>
    public ImmutableArray<TerraformVariableValueNode> VariableValues { get; internal set; } = [];

    /// <summary>The <c>--var-file</c> and <c>--var</c> inputs of the run.</summary>
    public BindingSettings Settings { get; }

    internal TerraformWorkspaceFiles Files { get; }

    /// <summary>The module of a directory ('' for the workspace root), or null.</summary>
    public TerraformModule? GetModule(string directory) => _byDirectory.GetValueOrDefault(directory);

    /// <summary>The module a node belongs to, or null for nodes that are not Terraform's.</summary>
    public static TerraformModule? ModuleOf(ConfigNode node) => (node as TerraformNode)?.Module;

    /// <summary>The evaluator for a node's module in its own context, or null for nodes that are not Terraform's.</summary>
    public static TerraformEvaluator? EvaluatorFor(ConfigNode node) => ModuleOf(node)?.Evaluator;

    internal void SetModules(IEnumerable<TerraformModule> modules)
    {
        Modules = [.. modules.OrderBy(m => m.Directory, StringComparer.Ordinal)];
        _byDirectory = Modules.ToFrozenDictionary(m => m.Directory, StringComparer.Ordinal);
    }
}
