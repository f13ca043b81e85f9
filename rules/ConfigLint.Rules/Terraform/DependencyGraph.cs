using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Text;

namespace ConfigLint.Rules.Terraform;

/// <summary>
/// The dependency graph of one module as Terraform builds it before planning: an edge for every reference and
/// <c>depends_on</c> entry (not for <c>replace_triggered_by</c>, variable validations or provider configurations).
/// A module call is split into its parts; an output of a loaded local module depends on exactly the inputs its
/// value reaches inside the module (computed the same way, recursively), so two modules that feed each other
/// through independent outputs are not a cycle, as they are not for Terraform.
/// </summary>
internal sealed class DependencyGraph
{
    private readonly TerraformModule _module;
    private readonly Func<TerraformModule, DependencyGraph?> _graphOf;
    private readonly Dictionary<DependencyVertex, List<DependencyEdge>> _edges = [];
    private readonly Dictionary<string, HashSet<string>> _outputInputs = new(StringComparer.Ordinal);

    private DependencyGraph(TerraformModule module, Func<TerraformModule, DependencyGraph?> graphOf)
    {
        _module = module;
        _graphOf = graphOf;
    }

    public IReadOnlyDictionary<DependencyVertex, List<DependencyEdge>> Edges => _edges;

    /// <summary>The graphs of every module, each built once; a module reached again while its own graph is being built contributes no edges.</summary>
    public static Dictionary<TerraformModule, DependencyGraph> BuildAll(IEnumerable<TerraformModule> modules)
    {
        var graphs = new Dictionary<TerraformModule, DependencyGraph>();
        var building = new HashSet<TerraformModule>();
        DependencyGraph? GraphOf(TerraformModule module)
        {
            if (graphs.TryGetValue(module, out var graph))
            {
                return graph;
            }

            if (!building.Add(module))
            {
                return null;
            }

            graph = new DependencyGraph(module, GraphOf);
            graph.Build();
            building.Remove(module);
            graphs[module] = graph;
            return graph;
        }

        foreach (var module in modules)
        {
            GraphOf(module);
        }

        return graphs;
    }

    private void Build()
    {
        foreach (var node in _module.Nodes)
        {
            if (node is TerraformModuleCallNode call)
            {
                foreach (var reference in call.References)
                {
                    if (IsDependency(reference))
                    {
                        AddEdges(new DependencyVertex(call, PartOf(call, reference.Location)), reference);
                    }
                }

                continue;
            }

            if (node is not (TerraformResourceNode or TerraformLocalNode or TerraformOutputNode))
            {
                continue;
            }

            var from = new DependencyVertex(node, string.Empty);
            _edges.TryAdd(from, []);
            foreach (var reference in node.References)
            {
                if (IsDependency(reference))
                {
                    AddEdges(from, reference);
                }
            }
        }
    }

    private static bool IsDependency(TerraformReference reference) =>
        reference.Context is TerraformReferenceContext.Value or TerraformReferenceContext.DependsOn or TerraformReferenceContext.Provisioner;

    private static string PartOf(TerraformModuleCallNode call, Location location)
    {
        foreach (var input in call.Inputs)
        {
            if (input.Expression.Location.Span.Contains(location.Span))
            {
                return "in:" + input.Name;
            }
        }

        return "call";
    }

    private void AddEdges(DependencyVertex from, TerraformReference reference)
    {
        if (!_edges.TryGetValue(from, out var edges))
        {
            _edges[from] = edges = [];
        }

        if (reference.Kind == TerraformReferenceKind.Module)
        {
            if (_module.FindModuleCall(reference.Name) is not { } call)
            {
                return;
            }

            if (reference.Attribute is { } output)
            {
                edges.Add(new DependencyEdge(OutputVertex(call, output), reference.Location));
                return;
            }

            // The module as a whole (iterated, or in depends_on) is every one of its outputs.
            edges.Add(new DependencyEdge(new DependencyVertex(call, "call"), reference.Location));
            foreach (var declared in call.Target?.Outputs ?? [])
            {
                edges.Add(new DependencyEdge(OutputVertex(call, declared.Name), reference.Location));
            }

            return;
        }

        if (_module.Resolve(reference) is { } target and (TerraformResourceNode or TerraformLocalNode or TerraformVariableNode))
        {
            edges.Add(new DependencyEdge(new DependencyVertex(target, string.Empty), reference.Location));
        }
    }

    private DependencyVertex OutputVertex(TerraformModuleCallNode call, string output)
    {
        var vertex = new DependencyVertex(call, "out:" + output);
        if (_edges.ContainsKey(vertex))
        {
            return vertex;
        }

        var edges = new List<DependencyEdge> { new(new DependencyVertex(call, "call"), call.Location) };
        _edges[vertex] = edges;
        if (call.Target is { } target && _graphOf(target) is { } child)
        {
            foreach (var input in child.InputsReachedBy(output))
            {
                if (call.GetInput(input) is { } argument)
                {
                    edges.Add(new DependencyEdge(new DependencyVertex(call, "in:" + input), argument.Location));
                }
            }
        }

        return vertex;
    }

    /// <summary>The variables an output's value depends on, through anything inside the module.</summary>
    private HashSet<string> InputsReachedBy(string output)
    {
        if (_outputInputs.TryGetValue(output, out var inputs))
        {
            return inputs;
        }

        inputs = new HashSet<string>(StringComparer.Ordinal);
        _outputInputs[output] = inputs;
        if (_module.FindOutput(output) is not { } node)
        {
            return inputs;
        }

        var seen = new HashSet<DependencyVertex>();
        var pending = new Stack<DependencyVertex>();
        pending.Push(new DependencyVertex(node, string.Empty));
        while (pending.Count > 0)
        {
            var vertex = pending.Pop();
            if (!seen.Add(vertex))
            {
                continue;
            }

            if (vertex.Node is TerraformVariableNode variable)
            {
                inputs.Add(variable.Name);
                continue;
            }

            foreach (var edge in _edges.GetValueOrDefault(vertex) ?? [])
            {
                pending.Push(edge.To);
            }
        }

        return inputs;
    }
}
