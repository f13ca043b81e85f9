namespace ConfigLint.Syntax.Hcl;

/// <summary><c>name = expression</c> in a body.</summary>
public sealed class HclAttribute : HclSyntaxNode
{
    internal HclAttribute(HclSyntaxTree tree, int index, HclSyntaxNode? parent)
        : base(tree, index, parent)
    {
    }

    /// <summary>The name token.</summary>
    public HclToken NameToken => Tree.GetToken(FirstTokenIndex);

    /// <summary>The argument name.</summary>
    public string Name => Tree.GetText(NameToken);

    /// <summary>The value.</summary>
    public HclExpression Expression => (HclExpression)Children[0];

    /// <inheritdoc />
    public override void Accept(HclSyntaxWalker walker) => walker.VisitAttribute(this);
}
