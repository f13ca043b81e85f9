using System.Collections.Immutable;
using ConfigLint.Model.Terraform.Evaluation;

namespace ConfigLint.Model.Terraform;

/// <summary>A <c>variable</c> block: its type constraint, default, sensitivity, nullability and validations.</summary>
public sealed class TerraformVariableNode : TerraformBlockNode
{
    private TerraformType? _type;

    internal TerraformVariableNode(string id, TerraformModule module, TerraformBlock block, string name)
        : base(id, NodeKind.TerraformVariable, string.Empty, name, module, "var." + name, block)
    {
    }

    /// <summary>The <c>type</c> argument, or null (any type).</summary>
    public TerraformAttribute? TypeArgument => GetArgument("type");

    /// <summary>The type constraint; <see cref="TerraformType.Any"/> when none is written or it cannot be read.</summary>
    public TerraformType TypeConstraint => _type ??= TypeArgument is { } type ? TerraformType.Parse(type.Expression) ?? TerraformType.Any : TerraformType.Any;

    /// <summary>The <c>default</c> argument, or null.</summary>
    public TerraformAttribute? Default => GetArgument("default");

    /// <summary>True when there is no default: the caller or a variables file must set it.</summary>
    public bool IsRequired => Default is null;

    /// <summary>The <c>description</c>, when written as a plain string.</summary>
    public string? Description => GetArgument("description") is { } d && d.Expression.TryGetStaticString(out var text) ? text : null;

    /// <summary>True when <c>sensitive = true</c> is written.</summary>
    public bool IsSensitive => TerraformLiterals.IsTrue(GetArgument("sensitive"));

    /// <summary>False when <c>nullable = false</c> is written (a null value then means the default).</summary>
    public bool IsNullable => !TerraformLiterals.IsFalse(GetArgument("nullable"));

    /// <summary>True when <c>ephemeral = true</c> is written.</summary>
    public bool IsEphemeral => TerraformLiterals.IsTrue(GetArgument("ephemeral"));

    /// <summary>The <c>validation</c> blocks.</summary>
    public ImmutableArray<TerraformBlock> Validations => [.. Body.GetBlocks("validation")];
}
