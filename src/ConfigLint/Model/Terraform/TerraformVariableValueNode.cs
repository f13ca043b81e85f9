namespace ConfigLint.Model.Terraform;

/// <summary>
/// <c>name = value</c> in a <c>.tfvars</c> or <c>.tfvars.json</c> file. <see cref="TerraformNode.Module"/> is the module
/// whose directory holds the file, when there is one; whether the value applies depends on the file's name
/// (<c>terraform.tfvars</c>, <c>*.auto.tfvars</c>) or on <c>--var-file</c>.
/// </summary>
public sealed class TerraformVariableValueNode : TerraformNode
{
    internal TerraformVariableValueNode(string id, TerraformModule? module, TerraformAttribute attribute)
        : base(id, NodeKind.TerraformVariableValue, attribute.Expression.Tree, string.Empty, attribute.Name, attribute.NameLocation,
            new ConfigObject(attribute.Location, [new ConfigProperty("value", attribute.NameLocation, TerraformPropertyTree.ValueOf(attribute.Expression))]),
            module, "var." + attribute.Name)
    {
        Attribute = attribute;
    }

    /// <summary>The assignment.</summary>
    public TerraformAttribute Attribute { get; }

    /// <summary>The value's expression.</summary>
    public TerraformExpression Expression => Attribute.Expression;
}
