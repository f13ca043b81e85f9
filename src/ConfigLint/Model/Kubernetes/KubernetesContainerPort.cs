using ConfigLint.Text;

namespace ConfigLint.Model.Kubernetes;

/// <summary>A container's <c>ports</c> entry.</summary>
public sealed record KubernetesContainerPort(string? Name, int? ContainerPort, string Protocol, Location Location);
