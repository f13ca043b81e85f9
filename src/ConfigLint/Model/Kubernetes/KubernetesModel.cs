using System.Collections.Immutable;

namespace ConfigLint.Model.Kubernetes;

/// <summary>Every Kubernetes object and kustomization, with lookups by namespace, kind and name; get it with <c>graph.GetModel&lt;KubernetesModel&gt;()</c>.</summary>
public sealed class KubernetesModel
{
    private readonly Dictionary<(string?, string, string), KubernetesObjectNode> _byName = [];
    private readonly Dictionary<string, List<KubernetesObjectNode>> _workloadsByNamespace = new(StringComparer.Ordinal);

    // Every selector must contain one of a workload's label pairs, so candidates come from one pair instead of the
    // whole namespace: without it, Services × workloads grows quadratically in a monorepo's default namespace.
    private readonly Dictionary<(string, string, string), List<KubernetesObjectNode>> _workloadsByLabel = [];

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
                foreach (var label in node.PodLabels?.Properties ?? [])
                {
                    if (label.Value is ConfigScalar { Text: var value })
                    {
                        var labelKey = (key, label.Name, value);
                        if (!_workloadsByLabel.TryGetValue(labelKey, out var labelled))
                        {
                            _workloadsByLabel[labelKey] = labelled = [];
                        }

                        // A label written twice must not make the Service select the workload twice.
                        if (labelled.Count == 0 || labelled[^1] != node)
                        {
                            labelled.Add(node);
                        }
                    }
                }
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

    /// <summary>The workloads of a namespace whose pod labels include every label of <paramref name="selector"/>.</summary>
    internal IEnumerable<KubernetesObjectNode> WorkloadsSelectedBy(string? @namespace, ConfigObject selector)
    {
        if (selector.Properties.IsEmpty || selector.Properties[0].Value is not ConfigScalar { Text: var value }
            || !_workloadsByLabel.TryGetValue((@namespace ?? string.Empty, selector.Properties[0].Name, value), out var candidates))
        {
            return [];
        }

        return candidates.Where(workload => workload.PodsMatch(selector));
    }
}
