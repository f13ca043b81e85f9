using ConfigLint.Text;

namespace ConfigLint.Model.Kubernetes;

/// <summary>
/// A reference from a workload or container to a ConfigMap, Secret or claim by name (and, for <c>valueFrom</c> and
/// volume <c>items</c>, a key), with <c>optional</c> and where the name and key are written.
/// </summary>
public sealed record KubernetesReference(KubernetesReferenceTarget Target, KubernetesReferenceVia Via, string Name, Location NameLocation)
{
    /// <summary>The key read, for <c>valueFrom</c> and volume <c>items</c>; null when the whole object is used.</summary>
    public string? Key { get; init; }

    /// <summary>Where the key is written.</summary>
    public Location? KeyLocation { get; init; }

    /// <summary>True for <c>optional: true</c>: the pod starts without the object or key.</summary>
    public bool Optional { get; init; }
}
