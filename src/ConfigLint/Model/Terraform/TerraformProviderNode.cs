namespace ConfigLint.Model.Terraform;

/// <summary>A <c>provider</c> block. <see cref="ConfigNode.Type"/> is the provider's local name, <see cref="ConfigNode.Name"/> its alias (empty for the default configuration).</summary>
public sealed class TerraformProviderNode : TerraformBlockNode
{
    internal TerraformProviderNode(string id, TerraformModule module, TerraformBlock block, string localName, string? alias)
        : base(id, NodeKind.TerraformProvider, localName, alias ?? string.Empty, module, alias is null ? "provider." + localName : $"provider.{localName}.{alias}", block)
    {
        Alias = alias;
    }

    /// <summary>The provider's local name (<c>aws</c>).</summary>
    public string LocalName => Type;

    /// <summary>The <c>alias</c>, or null for the default configuration.</summary>
    public string? Alias { get; }

    /// <summary>How resources select this configuration: <c>aws</c> or <c>aws.west</c>.</summary>
    public string Reference => Alias is null ? Type : $"{Type}.{Alias}";

    /// <summary>The <c>region</c> argument (AWS and others), or null.</summary>
    public TerraformAttribute? Region => GetArgument("region");
}
