using System.Collections.Immutable;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Model.Kubernetes;

/// <summary>A <c>kustomization.yaml</c>: the resources it builds, its <c>namespace</c> and its <c>images:</c> rewrites.</summary>
public sealed class KustomizationNode : ConfigNode
{
    internal KustomizationNode(string id, SyntaxTree tree, Location location, ConfigObject properties, ImmutableArray<KustomizeImage> images)
        : base(id, NodeKind.Kustomization, tree, string.Empty, tree.Path, location, properties)
    {
        Images = images;
    }

    /// <summary>The <c>images:</c> entries.</summary>
    public ImmutableArray<KustomizeImage> Images { get; }

    /// <summary>The <c>namespace</c> it sets on every resource, or null.</summary>
    public string? Namespace => Properties.GetString("namespace");

    /// <summary>The workspace-relative manifest files the build includes, directly or through other kustomizations.</summary>
    public ImmutableArray<string> Files { get; internal set; } = [];
}
