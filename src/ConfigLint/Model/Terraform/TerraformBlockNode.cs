namespace ConfigLint.Model.Terraform;

/// <summary>A Terraform node declared by a block (<c>resource</c>, <c>variable</c>, <c>module</c>, …).</summary>
public abstract class TerraformBlockNode : TerraformNode
{
    private protected TerraformBlockNode(string id, NodeKind kind, string type, string name, TerraformModule? module, string address, TerraformBlock block)
        : base(id, kind, block.Tree, type, name, block.Location, TerraformPropertyTree.Build(block.Body), module, address)
    {
        Block = block;
    }

    /// <summary>The block.</summary>
    public TerraformBlock Block { get; }

    /// <summary>The block's content.</summary>
    public TerraformBody Body => Block.Body;

    /// <summary>The argument named <paramref name="name"/>, or null.</summary>
    public TerraformAttribute? GetArgument(string name) => Body.GetAttribute(name);

    /// <summary>True when the block is in an override file (<c>override.tf</c>, <c>*_override.tf</c>), which merges into another block.</summary>
    public bool IsOverride => TerraformFiles.IsOverrideFile(Tree.Path);
}
