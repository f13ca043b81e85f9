namespace ConfigLint.Model;

/// <summary>Why one node points at another.</summary>
public enum EdgeKind
{
    /// <summary>An expression refers to the target (<c>aws_vpc.main.id</c>, <c>var.region</c>).</summary>
    References,

    /// <summary>An explicit ordering dependency (<c>depends_on</c>).</summary>
    DependsOn,

    /// <summary>A Compose service loads the target env file.</summary>
    EnvFile,

    /// <summary>A container imports a ConfigMap or Secret (<c>envFrom</c>, <c>valueFrom</c>).</summary>
    EnvFrom,

    /// <summary>A Service selects a workload.</summary>
    Selects,

    /// <summary>A workload mounts a volume, ConfigMap or Secret.</summary>
    Mounts,

    /// <summary>Two nodes name the same container image repository.</summary>
    Image,

    /// <summary>A variable's value is supplied by the target (tfvars, module input, <c>.env</c>).</summary>
    Supplies,

    /// <summary>The source contains the target (a workload and its container, a file and its entries).</summary>
    Contains,

    /// <summary>A module call loads the target module directory.</summary>
    Calls,
}
