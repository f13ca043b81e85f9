using System.Collections.Frozen;

namespace ConfigLint.Model.Kubernetes;

/// <summary>What ConfigLint knows about Kubernetes kinds: which are workloads, where their pod spec is, which are cluster-scoped.</summary>
public static class KubernetesKinds
{
    private static readonly FrozenSet<string> ClusterScoped = FrozenSet.ToFrozenSet(
    [
        "Namespace", "Node", "PersistentVolume", "StorageClass", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition",
        "PriorityClass", "IngressClass", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "APIService",
        "CSIDriver", "RuntimeClass", "VolumeSnapshotClass", "ClusterIssuer",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> LongRunning = FrozenSet.ToFrozenSet(
        ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"], StringComparer.Ordinal);

    // Shared, never mutated: these are asked for per object in the linking loops.
    private static readonly string[] PodSpec = ["spec"];
    private static readonly string[] TemplateSpec = ["spec", "template", "spec"];
    private static readonly string[] CronJobSpec = ["spec", "jobTemplate", "spec", "template", "spec"];
    private static readonly string[] PodMetadataLabels = ["metadata", "labels"];
    private static readonly string[] TemplateLabels = ["spec", "template", "metadata", "labels"];
    private static readonly string[] CronJobLabels = ["spec", "jobTemplate", "spec", "template", "metadata", "labels"];

    /// <summary>True for kinds that run pods: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob.</summary>
    public static bool IsWorkload(string kind) => PodSpecPath(kind) is not null;

    /// <summary>True for workloads whose pods are meant to keep running (not Pod, Job or CronJob).</summary>
    public static bool IsLongRunning(string kind) => LongRunning.Contains(kind);

    /// <summary>True for kinds that have no namespace.</summary>
    public static bool IsClusterScoped(string kind) => ClusterScoped.Contains(kind);

    /// <summary>The path from the object to its pod spec, or null for kinds that are not workloads.</summary>
    public static IReadOnlyList<string>? PodSpecPath(string kind) => kind switch
    {
        "Pod" => PodSpec,
        "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "ReplicationController" or "Job" => TemplateSpec,
        "CronJob" => CronJobSpec,
        _ => null,
    };

    /// <summary>The path from the object to the labels its pods get, or null.</summary>
    public static IReadOnlyList<string>? PodLabelsPath(string kind) => kind switch
    {
        "Pod" => PodMetadataLabels,
        "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "ReplicationController" or "Job" => TemplateLabels,
        "CronJob" => CronJobLabels,
        _ => null,
    };
}
