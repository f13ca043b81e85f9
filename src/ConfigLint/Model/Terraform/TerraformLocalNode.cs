namespace ConfigLint.Model.Terraform;

/// <summary>One entry of a <c>locals</c> block. The property tree holds <c>value</c>.</summary>
public sealed class TerraformLocalNode : TerraformNode
{
    internal TerraformLocalNode(string id, TerraformModule module, TerraformBlock block, TerraformAttribute attribute)
        : base(id, NodeKind.TerraformLocal, block.Tree, string.Empty, attribute.Name, attribute.NameLocation,
            new ConfigObject(attribute.Location, [new ConfigProperty("value", attribute.NameLocation, TerraformPropertyTree.ValueOf(attribute.Expression))]),
            module, "local." + attribute.Name)
    {
        Block = block;
        Attribute = attribute;
    }

    /// <summary>The <c>locals</c> block it is in.</summary>
    public TerraformBlock Block { get; }

    /// <summary>The <c>name = expression</c> entry.</summary>
    public TerraformAttribute Attribute { get; }

    /// <summary>The expression.</summary>
    public TerraformExpression Expression => Attribute.Expression;
}
