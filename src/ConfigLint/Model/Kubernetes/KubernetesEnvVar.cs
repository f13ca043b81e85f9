using ConfigLint.Text;

namespace ConfigLint.Model.Kubernetes;

/// <summary>A container's <c>env</c> entry: a literal <c>value</c>, or a <c>valueFrom</c> reference.</summary>
public sealed record KubernetesEnvVar(string Name, Location NameLocation, string? Value, Location? ValueLocation)
{
    /// <summary>The ConfigMap or Secret key it reads, for <c>valueFrom</c>.</summary>
    public KubernetesReference? ValueFrom { get; init; }
}
