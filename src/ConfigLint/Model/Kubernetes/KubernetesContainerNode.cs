using System.Collections.Immutable;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Model.Kubernetes;

/// <summary>A container or init container of a workload; <see cref="ConfigNode.Properties"/> is the container entry.</summary>
public sealed class KubernetesContainerNode : ConfigNode
{
    internal KubernetesContainerNode(string id, SyntaxTree tree, string name, Location location, ConfigObject properties, KubernetesObjectNode workload, bool isInit)
        : base(id, NodeKind.KubernetesContainer, tree, isInit ? "initContainer" : "container", name, location, properties)
    {
        Workload = workload;
        IsInit = isInit;
    }

    /// <summary>The workload the container runs in.</summary>
    public KubernetesObjectNode Workload { get; }

    /// <summary>True for an entry of <c>initContainers</c>.</summary>
    public bool IsInit { get; }

    /// <summary>The <c>image</c> as written, or null.</summary>
    public string? Image => Properties.GetString("image");

    /// <summary>Where the image is written (the container's location when absent).</summary>
    public Location ImageLocation => Properties.Get("image")?.Location ?? Location;

    /// <summary>
    /// The images the container runs after kustomizations that include its file rewrite it (one per kustomize build
    /// that includes it); empty when no kustomization's <c>images:</c> applies.
    /// </summary>
    public ImmutableArray<string> KustomizedImages { get; internal set; } = [];

    /// <summary><c>imagePullPolicy</c> as written, or null (Kubernetes then uses Always for <c>latest</c> or no tag, else IfNotPresent).</summary>
    public string? ImagePullPolicy => Properties.GetString("imagePullPolicy");

    /// <summary><c>command</c>, or null (the image's ENTRYPOINT runs).</summary>
    public ConfigValue? Command => Properties.Get("command");

    /// <summary><c>args</c>, or null (the image's CMD runs).</summary>
    public ConfigValue? Args => Properties.Get("args");

    /// <summary><c>ports</c>.</summary>
    public ImmutableArray<KubernetesContainerPort> Ports { get; internal set; } = [];

    /// <summary><c>env</c>.</summary>
    public ImmutableArray<KubernetesEnvVar> Env { get; internal set; } = [];

    /// <summary>References from <c>envFrom</c> and <c>env[].valueFrom</c>.</summary>
    public ImmutableArray<KubernetesReference> References { get; internal set; } = [];

    /// <summary><c>resources</c>, or null.</summary>
    public ConfigObject? Resources => Properties.Get("resources") as ConfigObject;

    /// <summary><c>securityContext</c>, or null.</summary>
    public ConfigObject? SecurityContext => Properties.Get("securityContext") as ConfigObject;
}
