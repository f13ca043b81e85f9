using System.Collections.Immutable;
using ConfigLint.Syntax;
using ConfigLint.Syntax.Yaml;
using ConfigLint.Text;

namespace ConfigLint.Model.Kubernetes;

/// <summary>
/// A Kubernetes object of any kind (CRDs included, as generic objects). Type is <c>apiVersion/kind</c>;
/// <see cref="ConfigNode.Properties"/> is the whole document. Accessors cover what rules ask of workloads,
/// Services, ConfigMaps and Secrets.
/// </summary>
public sealed class KubernetesObjectNode : ConfigNode
{
    internal KubernetesObjectNode(string id, SyntaxTree tree, YamlDocument document, string apiVersion, string kind, string name,
        string? writtenNamespace, Location location, ConfigObject properties)
        : base(id, NodeKind.KubernetesObject, tree, apiVersion + "/" + kind, name, location, properties)
    {
        Document = document;
        ApiVersion = apiVersion;
        ObjectKind = kind;
        WrittenNamespace = writtenNamespace;
        Namespace = KubernetesKinds.IsClusterScoped(kind) ? null : writtenNamespace ?? "default";
    }

    /// <summary>The YAML document the object is in.</summary>
    public YamlDocument Document { get; }

    /// <summary><c>apiVersion</c>, e.g. <c>apps/v1</c>.</summary>
    public string ApiVersion { get; }

    /// <summary><c>kind</c>, e.g. <c>Deployment</c>.</summary>
    public string ObjectKind { get; }

    /// <summary><c>metadata.namespace</c> as written, or null.</summary>
    public string? WrittenNamespace { get; }

    /// <summary>
    /// The namespace the object lands in: a kustomization's <c>namespace</c>, else <c>metadata.namespace</c>, else
    /// <c>default</c>; null for cluster-scoped kinds.
    /// </summary>
    public string? Namespace { get; internal set; }

    /// <summary>True for Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job and CronJob.</summary>
    public bool IsWorkload => KubernetesKinds.IsWorkload(ObjectKind);

    /// <summary><c>metadata.labels</c>, or null.</summary>
    public ConfigObject? Labels => Path("metadata", "labels") as ConfigObject;

    /// <summary>The pod spec of a workload, or null.</summary>
    public ConfigObject? PodSpec => KubernetesKinds.PodSpecPath(ObjectKind) is { } path ? PathOf(path) as ConfigObject : null;

    /// <summary>The labels a workload's pods get, or null.</summary>
    public ConfigObject? PodLabels => KubernetesKinds.PodLabelsPath(ObjectKind) is { } path ? PathOf(path) as ConfigObject : null;

    /// <summary>The workload's containers and init containers, in order.</summary>
    public ImmutableArray<KubernetesContainerNode> Containers { get; internal set; } = [];

    /// <summary>The workload's references from pod volumes and <c>imagePullSecrets</c>.</summary>
    public ImmutableArray<KubernetesReference> PodReferences { get; internal set; } = [];

    /// <summary>A Service's <c>spec.selector</c>, or null.</summary>
    public ConfigObject? Selector => ObjectKind == "Service" ? Path("spec", "selector") as ConfigObject : null;

    /// <summary>A Service's ports.</summary>
    public ImmutableArray<KubernetesServicePort> ServicePorts { get; internal set; } = [];

    /// <summary>An Ingress's backends (<c>networking.k8s.io/v1</c> form), in order.</summary>
    public ImmutableArray<KubernetesIngressBackend> IngressBackends { get; internal set; } = [];

    /// <summary>A ConfigMap's <c>data</c>, or a Secret's <c>data</c> (decoded) and <c>stringData</c>.</summary>
    public ImmutableArray<KubernetesDataEntry> DataEntries { get; internal set; } = [];

    /// <summary>The value at a path of property names, or null.</summary>
    public ConfigValue? Path(params string[] names) => PathOf(names);

    private ConfigValue? PathOf(IReadOnlyList<string> names)
    {
        ConfigValue? value = Properties;
        foreach (var name in names)
        {
            value = (value as ConfigObject)?.Get(name);
            if (value is null)
            {
                return null;
            }
        }

        return value;
    }

    /// <summary>True when <paramref name="selector"/>'s every label is among the pod labels of this workload.</summary>
    public bool PodsMatch(ConfigObject selector)
    {
        if (PodLabels is not { } labels || selector.Properties.IsEmpty)
        {
            return false;
        }

        foreach (var wanted in selector.Properties)
        {
            if (labels.GetString(wanted.Name) is not { } value || value != (wanted.Value as ConfigScalar)?.Text)
            {
                return false;
            }
        }

        return true;
    }
}
