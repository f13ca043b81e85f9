using ConfigLint.Text;

namespace ConfigLint.Model.Kubernetes;

/// <summary>A Service's <c>ports</c> entry; <see cref="TargetPort"/> is a number or a container port name (defaults to <see cref="Port"/>).</summary>
public sealed record KubernetesServicePort(string? Name, int? Port, string? TargetPort, bool TargetPortIsName, Location Location, Location? TargetPortLocation);
