namespace ConfigLint.Model.Terraform;

/// <summary>A <c>moved</c>, <c>import</c>, <c>removed</c> or <c>check</c> block; <see cref="ConfigNode.Type"/> is the block type.</summary>
public sealed class TerraformMetaNode : TerraformBlockNode
{
    internal TerraformMetaNode(string id, TerraformModule module, TerraformBlock block, string address)
        : base(id, NodeKind.TerraformMeta, block.Type, block.Label(0) ?? string.Empty, module, address, block)
    {
    }

    /// <summary>The block type: <c>moved</c>, <c>import</c>, <c>removed</c> or <c>check</c>.</summary>
    public string BlockType => Type;
}
