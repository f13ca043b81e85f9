namespace ConfigLint.Model;

/// <summary>What a graph node stands for. Rules register for kinds; dispatch is indexed by kind and type.</summary>
public enum NodeKind
{
    /// <summary>A whole file (every file has one; its type is the format name).</summary>
    File,

    /// <summary>A dotenv file's variable: <c>KEY=value</c>.</summary>
    DotenvEntry,

    /// <summary>A Terraform <c>resource</c> block; type is the resource type.</summary>
    TerraformResource,

    /// <summary>A Terraform <c>data</c> block; type is the data source type.</summary>
    TerraformData,

    /// <summary>A Terraform <c>module</c> call.</summary>
    TerraformModule,

    /// <summary>A Terraform <c>variable</c> declaration.</summary>
    TerraformVariable,

    /// <summary>A Terraform <c>output</c>.</summary>
    TerraformOutput,

    /// <summary>One entry of a Terraform <c>locals</c> block.</summary>
    TerraformLocal,

    /// <summary>A Terraform <c>provider</c> configuration.</summary>
    TerraformProvider,

    /// <summary>A Terraform <c>terraform</c> settings block.</summary>
    TerraformSettings,

    /// <summary>A <c>backend</c> or <c>cloud</c> block inside <c>terraform</c>; type is the backend type.</summary>
    TerraformBackend,

    /// <summary>A <c>moved</c>, <c>import</c>, <c>removed</c> or <c>check</c> block; type is the block type.</summary>
    TerraformMeta,

    /// <summary>A variable value from a <c>.tfvars</c> file.</summary>
    TerraformVariableValue,

    /// <summary>A Compose service.</summary>
    ComposeService,

    /// <summary>A Compose top-level network, volume, secret or config; type is which.</summary>
    ComposeResource,

    /// <summary>A Kubernetes object of any kind; type is <c>apiVersion/kind</c>.</summary>
    KubernetesObject,

    /// <summary>A container or init container inside a Kubernetes workload.</summary>
    KubernetesContainer,

    /// <summary>A Kustomize kustomization.</summary>
    Kustomization,

    /// <summary>A Terraform <c>ephemeral</c> resource (Terraform 1.10+); type is the resource type.</summary>
    TerraformEphemeral,
}
