using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Evaluation;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Syntax;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// One directory of <c>.tf</c> and <c>.tf.json</c> files: Terraform's unit of configuration. Holds the declared
/// objects by kind with lookups by name (override files excluded from lookups), the module calls that call it,
/// the variables files that apply to it as a root module, and its evaluator.
/// </summary>
public sealed class TerraformModule
{
    private readonly List<TerraformNode> _nodes = [];
    private readonly List<TerraformModuleCallNode> _callers = [];
    private Dictionary<string, TerraformNode> _byAddress = new(StringComparer.Ordinal);
    private TerraformEvaluator? _evaluator;

    internal TerraformModule(TerraformModel model, string directory, ImmutableArray<SyntaxTree> files)
    {
        Model = model;
        Directory = directory;
        Files = files;
    }

    /// <summary>The model the module belongs to.</summary>
    public TerraformModel Model { get; }

    /// <summary>The workspace-relative directory ('' at the root).</summary>
    public string Directory { get; }

    /// <summary>The configuration files, in path order.</summary>
    public ImmutableArray<SyntaxTree> Files { get; }

    /// <summary>Every node the module declares, in file and source order.</summary>
    public ImmutableArray<TerraformNode> Nodes { get; private set; } = [];

    /// <summary>The <c>resource</c> blocks.</summary>
    public ImmutableArray<TerraformResourceNode> Resources { get; private set; } = [];

    /// <summary>The <c>data</c> blocks, including those scoped to a <c>check</c> block.</summary>
    public ImmutableArray<TerraformResourceNode> DataSources { get; private set; } = [];

    /// <summary>The <c>ephemeral</c> blocks.</summary>
    public ImmutableArray<TerraformResourceNode> EphemeralResources { get; private set; } = [];

    /// <summary>The <c>variable</c> blocks.</summary>
    public ImmutableArray<TerraformVariableNode> Variables { get; private set; } = [];

    /// <summary>The entries of every <c>locals</c> block.</summary>
    public ImmutableArray<TerraformLocalNode> Locals { get; private set; } = [];

    /// <summary>The <c>output</c> blocks.</summary>
    public ImmutableArray<TerraformOutputNode> Outputs { get; private set; } = [];

    /// <summary>The <c>module</c> blocks.</summary>
    public ImmutableArray<TerraformModuleCallNode> ModuleCalls { get; private set; } = [];

    /// <summary>The <c>provider</c> blocks.</summary>
    public ImmutableArray<TerraformProviderNode> Providers { get; private set; } = [];

    /// <summary>The <c>terraform</c> blocks.</summary>
    public ImmutableArray<TerraformSettingsNode> Settings { get; private set; } = [];

    /// <summary>The <c>backend</c> and <c>cloud</c> blocks.</summary>
    public ImmutableArray<TerraformBackendNode> Backends { get; private set; } = [];

    /// <summary>The <c>moved</c>, <c>import</c>, <c>removed</c> and <c>check</c> blocks.</summary>
    public ImmutableArray<TerraformMetaNode> MetaBlocks { get; private set; } = [];

    /// <summary>The module blocks elsewhere in the workspace whose local source is this directory.</summary>
    public ImmutableArray<TerraformModuleCallNode> Callers { get; private set; } = [];

    /// <summary>True when a configuration file of the module has a syntax error: declarations may be missing, so rules about absence stay quiet.</summary>
    public bool HasSyntaxErrors => Files.Any(f => !f.Diagnostics.IsEmpty);

    /// <summary>True when the module has override files, which merge into other blocks.</summary>
    public bool HasOverrideFiles => Files.Any(f => TerraformFiles.IsOverrideFile(f.Path));

    /// <summary>True when no loaded module calls this one: it is run as a root module and its variables come from variables files.</summary>
    public bool IsRoot => Callers.IsEmpty;

    /// <summary>
    /// For a root module, the variable values that apply to it in Terraform's precedence order (later wins):
    /// <c>terraform.tfvars</c>, <c>terraform.tfvars.json</c>, <c>*.auto.tfvars(.json)</c> in name order, then
    /// <c>--var-file</c> files in order. Empty for a called module.
    /// </summary>
    public ImmutableArray<TerraformVariableValueNode> VariableValues { get; internal set; } = [];

    /// <summary>The directories of the root modules this module is reached from (itself when it is one).</summary>
    public ImmutableArray<string> RootDirectories { get; internal set; } = [];

    /// <summary>The evaluator of the module in its own context (see <see cref="TerraformEvaluator"/>).</summary>
    public TerraformEvaluator Evaluator
    {
        get
        {
            if (_evaluator is null)
            {
                // One evaluator per module even when analyzers ask at once: its caches are shared.
                Interlocked.CompareExchange(ref _evaluator, new TerraformEvaluator(this, null, null, null), null);
            }

            return _evaluator;
        }
    }

    /// <summary>
    /// The first declaration of an address (<c>aws_vpc.main</c>, <c>var.region</c>, <c>provider.aws.west</c>), or
    /// null; override files and data sources scoped to a <c>check</c> block are not found here.
    /// </summary>
    public TerraformNode? FindNode(string address) => _byAddress.GetValueOrDefault(address);

    /// <summary>The variable declared with that name, or null.</summary>
    public TerraformVariableNode? FindVariable(string name) => Find<TerraformVariableNode>("var." + name);

    /// <summary>The local with that name, or null.</summary>
    public TerraformLocalNode? FindLocal(string name) => Find<TerraformLocalNode>("local." + name);

    /// <summary>The output with that name, or null.</summary>
    public TerraformOutputNode? FindOutput(string name) => Find<TerraformOutputNode>("output." + name);

    /// <summary>The module call with that name, or null.</summary>
    public TerraformModuleCallNode? FindModuleCall(string name) => Find<TerraformModuleCallNode>("module." + name);

    /// <summary>The managed resource, data source or ephemeral resource with that type and name, or null. Data sources scoped to a <c>check</c> block are found only with that block.</summary>
    public TerraformResourceNode? FindResource(TerraformResourceMode mode, string type, string name, TerraformBlock? check = null)
    {
        var address = TerraformResourceNode.AddressOf(mode, type, name);
        if (check is not null && mode == TerraformResourceMode.Data)
        {
            foreach (var data in DataSources)
            {
                if (data.Check == check && data.Type == type && data.Name == name)
                {
                    return data;
                }
            }
        }

        return Find<TerraformResourceNode>(address);
    }

    /// <summary>The provider configuration selected by <c>aws</c> or <c>aws.west</c>, or null.</summary>
    public TerraformProviderNode? FindProvider(string localName, string? alias = null) =>
        Find<TerraformProviderNode>(alias is null ? "provider." + localName : $"provider.{localName}.{alias}");

    /// <summary>The node a reference names in this module, or null when nothing is declared by that name (or it is not a declared object, like <c>count.index</c>).</summary>
    public TerraformNode? Resolve(TerraformReference reference) => reference.Kind switch
    {
        TerraformReferenceKind.Variable => FindVariable(reference.Name),
        TerraformReferenceKind.Local => FindLocal(reference.Name),
        TerraformReferenceKind.Module => FindModuleCall(reference.Name),
        TerraformReferenceKind.Resource => FindResource(TerraformResourceMode.Managed, reference.Type!, reference.Name),
        TerraformReferenceKind.DataSource => FindResource(TerraformResourceMode.Data, reference.Type!, reference.Name, reference.Check),
        TerraformReferenceKind.Ephemeral => FindResource(TerraformResourceMode.Ephemeral, reference.Type!, reference.Name),
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Directory.Length == 0 ? "." : Directory;

    internal IReadOnlyList<TerraformNode> AddedNodes => _nodes;

    internal void Add(TerraformNode node) => _nodes.Add(node);

    internal void AddCaller(TerraformModuleCallNode call) => _callers.Add(call);

    internal void Freeze()
    {
        Nodes = [.. _nodes];
        Resources = [.. _nodes.OfType<TerraformResourceNode>().Where(n => n.Mode == TerraformResourceMode.Managed)];
        DataSources = [.. _nodes.OfType<TerraformResourceNode>().Where(n => n.Mode == TerraformResourceMode.Data)];
        EphemeralResources = [.. _nodes.OfType<TerraformResourceNode>().Where(n => n.Mode == TerraformResourceMode.Ephemeral)];
        Variables = [.. _nodes.OfType<TerraformVariableNode>()];
        Locals = [.. _nodes.OfType<TerraformLocalNode>()];
        Outputs = [.. _nodes.OfType<TerraformOutputNode>()];
        ModuleCalls = [.. _nodes.OfType<TerraformModuleCallNode>()];
        Providers = [.. _nodes.OfType<TerraformProviderNode>()];
        Settings = [.. _nodes.OfType<TerraformSettingsNode>()];
        Backends = [.. _nodes.OfType<TerraformBackendNode>()];
        MetaBlocks = [.. _nodes.OfType<TerraformMetaNode>()];
        Callers = [.. _callers];
        var byAddress = new Dictionary<string, TerraformNode>(StringComparer.Ordinal);
        foreach (var node in _nodes)
        {
            // The first declaration wins; a scoped data source is visible only in its check block; an override
            // file's block merges into the one it overrides.
            if (node is TerraformResourceNode { Check: not null } || TerraformFiles.IsOverrideFile(node.Tree.Path))
            {
                continue;
            }

            byAddress.TryAdd(node.Address, node);
        }

        _byAddress = byAddress;
    }

    private T? Find<T>(string address) where T : TerraformNode => _byAddress.GetValueOrDefault(address) as T;
}
