using System.Collections.Frozen;
using System.Collections.Immutable;
using ConfigLint.Syntax;

namespace ConfigLint.Model;

/// <summary>
/// Every node and edge of the workspace across formats and files, indexed so rules ask for what they
/// need (<c>Nodes(NodeKind.TerraformResource, "aws_flow_log")</c>) without walking everything.
/// Immutable once built; safe to read from many analyzers at once.
/// </summary>
public sealed class ConfigGraph
{
    private readonly FrozenDictionary<string, ConfigNode> _byId;
    private readonly FrozenDictionary<NodeKind, ImmutableArray<ConfigNode>> _byKind;
    private readonly FrozenDictionary<(NodeKind, string), ImmutableArray<ConfigNode>> _byKindAndType;
    private readonly FrozenDictionary<ConfigNode, ImmutableArray<ConfigEdge>> _from;
    private readonly FrozenDictionary<ConfigNode, ImmutableArray<ConfigEdge>> _to;
    private readonly FrozenDictionary<string, SyntaxTree> _treesByPath;

    internal ConfigGraph(ImmutableArray<SyntaxTree> trees, ImmutableArray<ConfigNode> nodes, ImmutableArray<ConfigEdge> edges, IReadOnlyDictionary<Type, object> models)
    {
        Trees = trees;
        AllNodes = nodes;
        Edges = edges;
        Models = models;
        _treesByPath = trees.ToFrozenDictionary(t => t.Path, StringComparer.Ordinal);
        var byId = new Dictionary<string, ConfigNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            byId.TryAdd(node.Id, node);
        }

        _byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        _byKind = nodes.GroupBy(n => n.Kind).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _byKindAndType = nodes.GroupBy(n => (n.Kind, n.Type)).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _from = edges.GroupBy(e => e.From).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _to = edges.GroupBy(e => e.To).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
    }

    /// <summary>Every parsed file, in path order.</summary>
    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>Every node, in file then source order.</summary>
    public ImmutableArray<ConfigNode> AllNodes { get; }

    /// <summary>Every edge.</summary>
    public ImmutableArray<ConfigEdge> Edges { get; }

    /// <summary>Format models (e.g. the Terraform module set) registered by binders, by their type.</summary>
    private IReadOnlyDictionary<Type, object> Models { get; }

    /// <summary>The model a binder registered, such as the Terraform modules with their evaluator; null when none.</summary>
    public T? GetModel<T>() where T : class => Models.TryGetValue(typeof(T), out var model) ? (T)model : null;

    /// <summary>Nodes of a kind.</summary>
    public ImmutableArray<ConfigNode> Nodes(NodeKind kind) =>
        _byKind.TryGetValue(kind, out var nodes) ? nodes : [];

    /// <summary>Nodes of a kind and type, e.g. <c>(TerraformResource, "aws_flow_log")</c>.</summary>
    public ImmutableArray<ConfigNode> Nodes(NodeKind kind, string type) =>
        _byKindAndType.TryGetValue((kind, type), out var nodes) ? nodes : [];

    /// <summary>Nodes of a kind whose runtime type is <typeparamref name="T"/>.</summary>
    public IEnumerable<T> Nodes<T>(NodeKind kind) where T : ConfigNode => Nodes(kind).OfType<T>();

    /// <summary>The node with an id, or null.</summary>
    public ConfigNode? FindNode(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The tree of a workspace-relative path, or null.</summary>
    public SyntaxTree? FindTree(string path) => _treesByPath.GetValueOrDefault(path);

    /// <summary>Edges leaving a node.</summary>
    public ImmutableArray<ConfigEdge> EdgesFrom(ConfigNode node) =>
        _from.TryGetValue(node, out var edges) ? edges : [];

    /// <summary>Edges arriving at a node.</summary>
    public ImmutableArray<ConfigEdge> EdgesTo(ConfigNode node) =>
        _to.TryGetValue(node, out var edges) ? edges : [];

    /// <summary>Edges leaving a node of one kind.</summary>
    public IEnumerable<ConfigEdge> EdgesFrom(ConfigNode node, EdgeKind kind) => EdgesFrom(node).Where(e => e.Kind == kind);

    /// <summary>Edges arriving at a node of one kind.</summary>
    public IEnumerable<ConfigEdge> EdgesTo(ConfigNode node, EdgeKind kind) => EdgesTo(node).Where(e => e.Kind == kind);
}
