namespace ConfigLint.Model.Terraform;

/// <summary>
/// A <c>resource</c>, <c>data</c> or <c>ephemeral</c> block. <see cref="ConfigNode.Type"/> is the resource type,
/// <see cref="ConfigNode.Name"/> its name; the arguments are in <see cref="TerraformBlockNode.Body"/> and the property tree.
/// </summary>
public sealed class TerraformResourceNode : TerraformBlockNode
{
    internal TerraformResourceNode(string id, TerraformResourceMode mode, TerraformModule module, TerraformBlock block, string type, string name, TerraformBlock? check)
        : base(id, KindOf(mode), type, name, module, AddressOf(mode, type, name), block)
    {
        Mode = mode;
        Check = check;
    }

    /// <summary>Managed, data source or ephemeral.</summary>
    public TerraformResourceMode Mode { get; }

    /// <summary>The resource type, e.g. <c>aws_db_instance</c>.</summary>
    public string ResourceType => Type;

    /// <summary>The <c>check</c> block a scoped data source is declared in (visible only there); null otherwise.</summary>
    public TerraformBlock? Check { get; }

    /// <summary>The <c>count</c> meta-argument, or null.</summary>
    public TerraformAttribute? Count => GetArgument("count");

    /// <summary>The <c>for_each</c> meta-argument, or null.</summary>
    public TerraformAttribute? ForEach => GetArgument("for_each");

    /// <summary>The <c>provider</c> meta-argument (<c>aws.west</c>), or null for the default provider.</summary>
    public TerraformAttribute? Provider => GetArgument("provider");

    /// <summary>The <c>depends_on</c> meta-argument, or null.</summary>
    public TerraformAttribute? DependsOn => GetArgument("depends_on");

    /// <summary>The <c>lifecycle</c> block, or null.</summary>
    public TerraformBlock? Lifecycle => Body.GetBlock("lifecycle");

    /// <summary>
    /// The provider's local name Terraform picks when <c>provider</c> is not set: the resource type up to the first
    /// underscore (<c>aws</c> for <c>aws_instance</c>).
    /// </summary>
    public string ImpliedProvider => Type.IndexOf('_') is > 0 and var underscore ? Type[..underscore] : Type;

    /// <summary>True for the arguments Terraform itself reads on a resource block (<c>count</c>, <c>for_each</c>, <c>provider</c>, <c>depends_on</c>).</summary>
    public static bool IsMetaArgument(string name) => name is "count" or "for_each" or "provider" or "depends_on";

    /// <summary>The address a reference uses: <c>aws_vpc.main</c>, <c>data.aws_ami.ubuntu</c>, <c>ephemeral.x.y</c>.</summary>
    public static string AddressOf(TerraformResourceMode mode, string type, string name) => mode switch
    {
        TerraformResourceMode.Data => $"data.{type}.{name}",
        TerraformResourceMode.Ephemeral => $"ephemeral.{type}.{name}",
        _ => $"{type}.{name}",
    };

    private static NodeKind KindOf(TerraformResourceMode mode) => mode switch
    {
        TerraformResourceMode.Data => NodeKind.TerraformData,
        TerraformResourceMode.Ephemeral => NodeKind.TerraformEphemeral,
        _ => NodeKind.TerraformResource,
    };
}
