using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Model.Terraform.References;

/// <summary>
/// A reference in an expression: <c>var.region</c>, <c>aws_vpc.main.id</c>, <c>module.vpc.subnet_ids</c>.
/// <see cref="Location"/> covers the part that names the object (<c>var.region</c>, <c>aws_vpc.main</c>,
/// <c>module.vpc</c>); <see cref="AttributeLocation"/> the attribute after it (the output of a module).
/// </summary>
public sealed record TerraformReference
{
    /// <summary>What is referred to.</summary>
    public required TerraformReferenceKind Kind { get; init; }

    /// <summary>The object's address: <c>var.region</c>, <c>aws_vpc.main</c>, <c>data.aws_ami.x</c>, <c>module.vpc</c>, <c>count.index</c>.</summary>
    public required string Subject { get; init; }

    /// <summary>The resource type, for resources, data sources and ephemeral resources; null otherwise.</summary>
    public string? Type { get; init; }

    /// <summary>The name: the variable, local, resource or module name, or the attribute of <c>count</c>/<c>each</c>/<c>path</c>/<c>terraform</c>/<c>self</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The first attribute after the object (and its index, if any): a module's output, a resource's attribute.</summary>
    public string? Attribute { get; init; }

    /// <summary>True when an index or splat follows the object (<c>aws_x.y[0]</c>, <c>module.m["a"]</c>).</summary>
    public bool HasIndex { get; init; }

    /// <summary>Where the object is named.</summary>
    public required Location Location { get; init; }

    /// <summary>Where the last name of the subject is (<c>region</c> of <c>var.region</c>); <see cref="Text.Location.None"/> in JSON.</summary>
    public required Location NameLocation { get; init; }

    /// <summary>Where <see cref="Attribute"/> is written (the object's location in JSON); <see cref="Text.Location.None"/> without one.</summary>
    public Location AttributeLocation { get; init; } = Location.None;

    /// <summary>Where the reference is written.</summary>
    public required TerraformReferenceContext Context { get; init; }

    /// <summary>The outermost traversal node (<c>aws_vpc.main.id</c>), for evaluating it.</summary>
    public HclExpression? Syntax { get; init; }

    /// <summary>The <c>check</c> block the reference is written in, where scoped data sources are visible; null elsewhere.</summary>
    public TerraformBlock? Check { get; init; }

    /// <inheritdoc />
    public override string ToString() => Attribute is null ? Subject : $"{Subject}.{Attribute}";
}
