namespace ConfigLint.Model.Kubernetes;

/// <summary>What kind of object a reference names.</summary>
public enum KubernetesReferenceTarget
{
    /// <summary>A ConfigMap.</summary>
    ConfigMap,

    /// <summary>A Secret.</summary>
    Secret,

    /// <summary>A PersistentVolumeClaim.</summary>
    PersistentVolumeClaim,
}
