namespace ConfigLint.Model.Terraform;

/// <summary>A <c>backend "type"</c> or <c>cloud</c> block inside <c>terraform</c>; <see cref="ConfigNode.Type"/> is the backend type (<c>s3</c>) or <c>cloud</c>.</summary>
public sealed class TerraformBackendNode : TerraformBlockNode
{
    internal TerraformBackendNode(string id, TerraformModule module, TerraformBlock block, string backendType, string address, TerraformSettingsNode settings)
        : base(id, NodeKind.TerraformBackend, backendType, backendType, module, address, block)
    {
        Settings = settings;
    }

    /// <summary>The backend type: <c>s3</c>, <c>gcs</c>, <c>local</c>, … or <c>cloud</c>.</summary>
    public string BackendType => Type;

    /// <summary>The <c>terraform</c> block this is in.</summary>
    public TerraformSettingsNode Settings { get; }
}
