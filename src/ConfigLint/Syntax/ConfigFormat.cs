namespace ConfigLint.Syntax;

/// <summary>The kind of file, decided by name and, for YAML, by content.</summary>
public enum ConfigFormat
{
    /// <summary>A dotenv file: <c>.env</c>, <c>.env.*</c>, <c>*.env</c>.</summary>
    Dotenv,

    /// <summary>Terraform native syntax: <c>.tf</c>.</summary>
    Terraform,

    /// <summary>Terraform variable values: <c>.tfvars</c>.</summary>
    TerraformVariables,

    /// <summary>Terraform JSON syntax: <c>.tf.json</c>, <c>.tfvars.json</c>.</summary>
    TerraformJson,

    /// <summary>A Docker Compose file.</summary>
    Compose,

    /// <summary>Kubernetes manifests (documents with <c>apiVersion</c> and <c>kind</c>).</summary>
    Kubernetes,

    /// <summary>A Kustomize <c>kustomization.yaml</c>.</summary>
    Kustomization,

    /// <summary>YAML that is none of the above; checked for syntax only.</summary>
    Yaml,

    /// <summary>A Dockerfile (read for <c>EXPOSE</c> and base images).</summary>
    Dockerfile,
}
