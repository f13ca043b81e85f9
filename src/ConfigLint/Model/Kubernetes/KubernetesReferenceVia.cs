namespace ConfigLint.Model.Kubernetes;

/// <summary>Which field makes a reference.</summary>
public enum KubernetesReferenceVia
{
    /// <summary><c>envFrom[].configMapRef</c> / <c>secretRef</c>: every key becomes a variable.</summary>
    EnvFrom,

    /// <summary><c>env[].valueFrom.configMapKeyRef</c> / <c>secretKeyRef</c>: one key.</summary>
    ValueFrom,

    /// <summary>A pod volume (<c>configMap</c>, <c>secret</c>, <c>projected</c>, <c>persistentVolumeClaim</c>).</summary>
    Volume,

    /// <summary><c>imagePullSecrets[].name</c>.</summary>
    ImagePullSecret,
}
