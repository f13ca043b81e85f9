namespace ConfigLint.Syntax.Hcl;

/// <summary><c>key = value</c> or <c>key: value</c> in an object constructor.</summary>
public sealed class HclObjectItem : HclSyntaxNode
{
    internal HclObjectItem(HclSyntaxTree tree, int index, HclSyntaxNode? parent)
        : base(tree, index, parent)
    {
    }

    /// <summary>The key expression. A bare name (<c>{ name = 1 }</c>) means the string "name".</summary>
    public HclExpression Key => (HclExpression)Children[0];

    /// <summary>The value expression.</summary>
    public HclExpression Value => (HclExpression)Children[1];

    /// <summary>The key when it is a bare name or a string without templates; null when it must be evaluated.</summary>
    public string? StaticKey => Key.Kind == HclSyntaxKind.Variable ? Key.ToString() : Key.TryGetStaticString(out var text) ? text : null;

    /// <inheritdoc />
    public override void Accept(HclSyntaxWalker walker) => walker.VisitObjectItem(this);
}
