using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Model;

/// <summary>
/// Something a configuration declares: a resource, a service, a Kubernetes object, an env entry.
/// Formats derive typed nodes with accessors for what rules ask often; everything else is in
/// <see cref="Properties"/>.
/// </summary>
public class ConfigNode
{
    /// <summary>Creates a node.</summary>
    public ConfigNode(string id, NodeKind kind, SyntaxTree tree, string type, string name, Location location, ConfigObject properties)
    {
        Id = id;
        Kind = kind;
        Tree = tree;
        Type = type;
        Name = name;
        Location = location;
        Properties = properties;
    }

    /// <summary>Stable id, e.g. <c>terraform:infra/aws_flow_log.main</c> or <c>dotenv:.env#PORT</c>.</summary>
    public string Id { get; }

    /// <summary>What the node is.</summary>
    public NodeKind Kind { get; }

    /// <summary>The file the node is declared in.</summary>
    public SyntaxTree Tree { get; }

    /// <summary>The file's format.</summary>
    public ConfigFormat Format => Tree.Format;

    /// <summary>The type within the kind: resource type, <c>apiVersion/kind</c>, empty where none.</summary>
    public string Type { get; }

    /// <summary>The declared name (resource name, service name, key).</summary>
    public string Name { get; }

    /// <summary>Where the node is declared (its header or key, not its whole body).</summary>
    public Location Location { get; }

    /// <summary>The node's content as a uniform property tree.</summary>
    public ConfigObject Properties { get; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
