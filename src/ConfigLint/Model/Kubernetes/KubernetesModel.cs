using System.Collections.Immutable;

namespace ConfigLint.Model.Kubernetes;

/// <summary>Every Kubernetes object and kustomization, with lookups by namespace, kind and name; get it with <c>graph.GetModel&lt;KubernetesModel&gt;()</c>.</summary>
public sealed class KubernetesModel
{
    private readonly Dictionary<(string?, string, string), KubernetesObjectNode> _byName = [];
    private readonly Dictionary<string, List<KubernetesObjectNode>> _workloadsByNamespace = new(StringComparer.Ordinal);

    internal KubernetesModel(ImmutableArray<KubernetesObjectNode> objects, ImmutableArray<KustomizationNode> kustomizations)
    {
        Objects = objects;
        Kustomizations = kustomizations;
        foreach (var node in objects)
        {
            _byName.TryAdd((node.Namespace, node.ObjectKind, node.Name), node);
            if (node.IsWorkload)
            {
                var key = node.Namespace ?? string.Empty;
                if (!_workloadsByNamespace.TryGetValue(key, out var list))
                {
                    _workloadsByNamespace[key] = list = [];
                }

                list.Add(node);
            }
        }
    }

    /// <summary>The objects in file and document order.</summary>
    public ImmutableArray<KubernetesObjectNode> Objects { get; }

    /// <summary>The kustomizations.</summary>
    public ImmutableArray<KustomizationNode> Kustomizations { get; }

    /// <summary>The object of <paramref name="kind"/> named <paramref name="name"/> in <paramref name="namespace"/>, or null.</summary>
    public KubernetesObjectNode? Find(string? @namespace, string kind, string name) => _byName.GetValueOrDefault((@namespace, kind, name));

    /// <summary>The object a reference names in the referrer's namespace, or null when the workspace does not define it.</summary>
    public KubernetesObjectNode? Resolve(KubernetesReference reference, string? @namespace) => Find(@namespace, reference.Target switch
    {
        KubernetesReferenceTarget.ConfigMap => "ConfigMap",
        KubernetesReferenceTarget.Secret => "Secret",
        _ => "PersistentVolumeClaim",
    }, reference.Name);

    /// <summary>The workloads of a namespace.</summary>
    public IReadOnlyList<KubernetesObjectNode> Workloads(string? @namespace) =>
        _workloadsByNamespace.TryGetValue(@namespace ?? string.Empty, out var workloads) ? workloads : [];
}
