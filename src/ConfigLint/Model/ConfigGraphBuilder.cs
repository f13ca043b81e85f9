using System.Collections.Immutable;
using ConfigLint.Syntax;

namespace ConfigLint.Model;

/// <summary>Collects nodes, edges and format models while binding and linking; not thread-safe.</summary>
public sealed class ConfigGraphBuilder
{
    private readonly ImmutableArray<ConfigNode>.Builder _nodes = ImmutableArray.CreateBuilder<ConfigNode>();
    private readonly ImmutableArray<ConfigEdge>.Builder _edges = ImmutableArray.CreateBuilder<ConfigEdge>();
    private readonly Dictionary<Type, object> _models = [];
    private readonly Dictionary<string, ConfigNode> _byId = new(StringComparer.Ordinal);
    private readonly List<SyntaxTree> _trees;

    /// <summary>Creates a builder over the parsed files.</summary>
    public ConfigGraphBuilder(IEnumerable<SyntaxTree> trees) => _trees = [.. trees];

    /// <summary>The parsed files, including any a binder added.</summary>
    public IReadOnlyList<SyntaxTree> Trees => _trees;

    /// <summary>Adds a file a binder had to load itself (a local module outside the discovered set).</summary>
    public void AddTree(SyntaxTree tree) => _trees.Add(tree);

    /// <summary>Nodes added so far.</summary>
    public IReadOnlyList<ConfigNode> Nodes => _nodes;

    /// <summary>Adds a node; a second node with the same id is kept but not findable by id.</summary>
    public T AddNode<T>(T node) where T : ConfigNode
    {
        _nodes.Add(node);
        _byId.TryAdd(node.Id, node);
        return node;
    }

    /// <summary>Adds an edge.</summary>
    public void AddEdge(ConfigEdge edge) => _edges.Add(edge);

    /// <summary>The node with an id added so far, or null.</summary>
    public ConfigNode? FindNode(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Registers a format model (one per type) for rules to fetch with <see cref="ConfigGraph.GetModel{T}"/>.</summary>
    public void SetModel<T>(T model) where T : class => _models[typeof(T)] = model;

    /// <summary>A model registered earlier, or null.</summary>
    public T? GetModel<T>() where T : class => _models.TryGetValue(typeof(T), out var model) ? (T)model : null;

    /// <summary>Freezes the graph.</summary>
    public ConfigGraph Build() =>
        new([.. _trees.OrderBy(t => t.Path, StringComparer.Ordinal)], _nodes.ToImmutable(), _edges.ToImmutable(), _models);
}
