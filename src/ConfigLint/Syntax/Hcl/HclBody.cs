using System.Collections.Immutable;

namespace ConfigLint.Syntax.Hcl;

/// <summary>A body: the whole file, or the inside of a block. Holds attributes and blocks in source order.</summary>
public sealed class HclBody : HclSyntaxNode
{
    internal HclBody(HclSyntaxTree tree, int index, HclSyntaxNode? parent)
        : base(tree, index, parent)
    {
    }

    /// <summary>The attributes, in source order.</summary>
    public IEnumerable<HclAttribute> Attributes => Children.OfType<HclAttribute>();

    /// <summary>The blocks, in source order.</summary>
    public IEnumerable<HclBlock> Blocks => Children.OfType<HclBlock>();

    /// <summary>The blocks of one type, e.g. <c>resource</c>.</summary>
    public IEnumerable<HclBlock> BlocksOfType(string type) => Blocks.Where(b => b.Type == type);

    /// <summary>The first attribute with that name, or null.</summary>
    public HclAttribute? GetAttribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);

    /// <summary>Attributes, blocks, and error nodes where an item did not parse.</summary>
    public ImmutableArray<HclSyntaxNode> Items => Children;

    /// <inheritdoc />
    public override void Accept(HclSyntaxWalker walker) => walker.VisitBody(this);
}
