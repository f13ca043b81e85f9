namespace ConfigLint.Model.Terraform;

/// <summary>An <c>output</c> block.</summary>
public sealed class TerraformOutputNode : TerraformBlockNode
{
    internal TerraformOutputNode(string id, TerraformModule module, TerraformBlock block, string name)
        : base(id, NodeKind.TerraformOutput, string.Empty, name, module, "output." + name, block)
    {
    }

    /// <summary>The <c>value</c> argument, or null when missing.</summary>
    public TerraformAttribute? Value => GetArgument("value");

    /// <summary>True when <c>sensitive = true</c> is written.</summary>
    public bool IsSensitive => TerraformLiterals.IsTrue(GetArgument("sensitive"));

    /// <summary>The <c>description</c>, when written as a plain string.</summary>
    public string? Description => GetArgument("description") is { } d && d.Expression.TryGetStaticString(out var text) ? text : null;
}
