using ConfigLint.Text;

namespace ConfigLint.Model.Kubernetes;

/// <summary>A Service an Ingress routes to (<c>backend.service</c> of a rule path, or <c>defaultBackend</c>), with its port by number or name.</summary>
public sealed record KubernetesIngressBackend(string Service, Location Location, int? PortNumber, string? PortName)
{
    /// <summary>The host of the rule, or null for the default backend and host-less rules.</summary>
    public string? Host { get; init; }

    /// <summary>The path of the rule, or null.</summary>
    public string? Path { get; init; }
}
