using System.Collections.Immutable;
using ConfigLint.Model.Terraform.References;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform;

/// <summary>
/// A node of a Terraform module: something a <c>.tf</c>/<c>.tf.json</c> file declares, or a value a <c>.tfvars</c> file
/// assigns. Knows its module and the references its expressions make.
/// </summary>
public abstract class TerraformNode : ConfigNode
{
    private protected TerraformNode(string id, NodeKind kind, SyntaxTree tree, string type, string name, Location location, ConfigObject properties, TerraformModule? module, string address)
        : base(id, kind, tree, type, name, location, properties)
    {
        Module = module;
        Address = address;
    }

    /// <summary>The module (directory) the node belongs to; null for a variables file outside any module.</summary>
    public TerraformModule? Module { get; }

    /// <summary>The address within the module: <c>aws_vpc.main</c>, <c>data.aws_ami.ubuntu</c>, <c>var.region</c>, <c>module.vpc</c>.</summary>
    public string Address { get; }

    /// <summary>Every reference the node's expressions make, in source order (<c>depends_on</c> entries included).</summary>
    public ImmutableArray<TerraformReference> References { get; internal set; } = [];
}
