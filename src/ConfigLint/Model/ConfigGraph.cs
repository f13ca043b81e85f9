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
    private readonly Dictionary<string, ConfigNode> _byId;
    private readonly Dictionary<NodeKind, ImmutableArray<ConfigNode>> _byKind;
    private readonly Dictionary<(NodeKind, string), ImmutableArray<ConfigNode>> _byKindAndType;
    private readonly Dictionary<ConfigNode, ImmutableArray<ConfigEdge>> _from;
    private readonly Dictionary<ConfigNode, ImmutableArray<ConfigEdge>> _to;
    private readonly Dictionary<string, SyntaxTree> _treesByPath;

    internal ConfigGraph(ImmutableArray<SyntaxTree> trees, ImmutableArray<ConfigNode> nodes, ImmutableArray<ConfigEdge> edges, IReadOnlyDictionary<Type, object> models)
    {
        Trees = trees;
        AllNodes = nodes;
        Edges = edges;
        Models = models;
        // Plain dictionaries: a graph is built once per run and read a few times per node, so frozen collections'
        // expensive construction would not pay for itself.
        _treesByPath = new Dictionary<string, SyntaxTree>(trees.Length, StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            _treesByPath.TryAdd(tree.Path, tree);
        }

        _byId = new Dictionary<string, ConfigNode>(nodes.Length, StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            _byId.TryAdd(node.Id, node);
        }

        _byKind = Index(nodes, n => n.Kind);
        _byKindAndType = Index(nodes, n => (n.Kind, n.Type));
        _from = Index(edges, e => e.From);
        _to = Index(edges, e => e.To);
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

    private static Dictionary<TKey, ImmutableArray<TItem>> Index<TKey, TItem>(ImmutableArray<TItem> items, Func<TItem, TKey> key)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, ImmutableArray<TItem>.Builder>();
        foreach (var item in items)
        {
            var k = key(item);
            if (!groups.TryGetValue(k, out var group))
            {
                groups[k] = group = ImmutableArray.CreateBuilder<TItem>();
            }

            group.Add(item);
        }

        var result = new Dictionary<TKey, ImmutableArray<TItem>>(groups.Count);
        foreach (var (k, group) in groups)
        {
            result[k] = group.ToImmutable();
        }

        return result;
    }
}
