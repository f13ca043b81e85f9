using System.Collections.Immutable;
using ConfigLint.Model;

namespace ConfigLint.Rules.Consistency.Facts;

/// <summary>
/// Something that runs a process with an environment: a Compose service, a Kubernetes container, an ECS container
/// definition, with the variables it gets after its format's precedence (a later env file over an earlier one,
/// <c>environment</c> over <c>env_file</c>; <c>env</c> over <c>envFrom</c>; for ECS, the <c>environment</c> list).
/// </summary>
/// <param name="Display">How messages name it: <c>compose service 'api'</c>, <c>container 'api' of Deployment 'aia-api'</c>.</param>
/// <param name="Node">The graph node it is (for its location and format).</param>
/// <param name="Image">The image it runs, when known and resolved.</param>
/// <param name="Variables">The environment, one entry per name, in first-appearance order.</param>
internal sealed record EnvironmentConsumer(string Display, ConfigNode Node, ImageReference? Image, ImmutableArray<EnvironmentValue> Variables)
{
    /// <summary>True for consumers in Kubernetes manifests (where a loopback address is <c>CL3013</c>'s finding).</summary>
    public bool IsKubernetes { get; init; }

    /// <summary>The namespace of a Kubernetes consumer (for short cluster DNS names), else null.</summary>
    public string? Namespace { get; init; }

    /// <summary>Data of the ConfigMaps and Secrets the consumer references but does not read into its environment.</summary>
    public ImmutableArray<EnvironmentValue> Unread { get; init; } = [];

    /// <summary>The variable named <paramref name="name"/>, or null.</summary>
    public EnvironmentValue? Get(string name)
    {
        foreach (var variable in Variables)
        {
            if (variable.Name == name)
            {
                return variable;
            }
        }

        return null;
    }
}
