using System.Collections.Immutable;
using System.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// An expression, a template part (interpolation, directive) or an error node. <see cref="HclSyntaxNode.Kind"/>
/// says which; the properties below answer what each kind is asked most.
/// </summary>
public sealed class HclExpression : HclSyntaxNode
{
    internal HclExpression(HclSyntaxTree tree, int index, HclSyntaxNode? parent)
        : base(tree, index, parent)
    {
    }

    /// <summary>The operator token kind of a <see cref="HclSyntaxKind.Binary"/> or <see cref="HclSyntaxKind.Unary"/> expression.</summary>
    public HclTokenKind Operator => Kind is HclSyntaxKind.Binary or HclSyntaxKind.Unary ? (HclTokenKind)Flags : HclTokenKind.Invalid;

    /// <summary>The child expressions (operands, arguments, items' parts) in source order.</summary>
    public IEnumerable<HclExpression> Operands => Children.OfType<HclExpression>();

    /// <summary>For a <see cref="HclSyntaxKind.Literal"/>: <c>true</c>, <c>false</c>, <c>null</c> or the number as written.</summary>
    public string? LiteralText => Kind == HclSyntaxKind.Literal ? ToString() : null;

    /// <summary>For <see cref="HclSyntaxKind.Variable"/> and <see cref="HclSyntaxKind.GetAttribute"/>: the name.</summary>
    public string? Name => Kind switch
    {
        HclSyntaxKind.Variable => ToString(),
        HclSyntaxKind.GetAttribute => FindToken(HclTokenKind.Identifier) is { } name ? Tree.GetText(name) : null,
        _ => null,
    };

    /// <summary>For a function call: the name, with provider namespaces (<c>provider::aws::arn_parse</c>).</summary>
    public string? FunctionName
    {
        get
        {
            if (Kind != HclSyntaxKind.FunctionCall)
            {
                return null;
            }

            var builder = new StringBuilder();
            foreach (var token in Tokens)
            {
                if (token.Kind == HclTokenKind.OpenParen)
                {
                    break;
                }

                if (!token.IsTrivia)
                {
                    builder.Append(Tree.Text.AsSpan(token.Span));
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>For a function call: true when the last argument is expanded with <c>...</c>.</summary>
    public bool ExpandsFinalArgument => Kind == HclSyntaxKind.FunctionCall && (Flags & 1) != 0;

    /// <summary>For a template: true for a heredoc.</summary>
    public bool IsHeredoc => Kind == HclSyntaxKind.Template && (Flags & 2) != 0;

    /// <summary>For a template: true for an indented heredoc (<c>&lt;&lt;-</c>).</summary>
    public bool IsFlushHeredoc => Kind == HclSyntaxKind.Template && (Flags & 1) != 0;

    /// <summary>For a template: true when it is a single interpolation (<c>"${x}"</c>), whose value is <c>x</c> itself.</summary>
    public bool IsPassthrough => Kind == HclSyntaxKind.Template && (Flags & 4) != 0;

    /// <summary>For a for expression: true for the object form <c>{for …}</c>.</summary>
    public bool IsObjectFor => Kind == HclSyntaxKind.For && (Flags & HclForFlags.Object) != 0;

    /// <summary>For a for expression: true when grouping (<c>...</c>) is used.</summary>
    public bool IsGrouped => Kind == HclSyntaxKind.For && (Flags & HclForFlags.Group) != 0;

    /// <summary>For a for expression or directive: the key variable name, if declared.</summary>
    public string? KeyVariable => ForVariables().Key;

    /// <summary>For a for expression or directive: the value variable name.</summary>
    public string? ValueVariable => ForVariables().Value;

    /// <summary>For a for expression: the collection; for a conditional: the condition; for an if directive: the condition.</summary>
    public HclExpression? First => Children.Length > 0 ? (HclExpression)Children[0] : null;

    /// <summary>For a for expression: the key expression of the object form.</summary>
    public HclExpression? ForKey => Kind == HclSyntaxKind.For && (Flags & HclForFlags.KeyExpression) != 0 ? (HclExpression)Children[1] : null;

    /// <summary>For a for expression: the value expression.</summary>
    public HclExpression? ForValue => Kind == HclSyntaxKind.For ? (HclExpression)Children[(Flags & HclForFlags.KeyExpression) != 0 ? 2 : 1] : null;

    /// <summary>For a for expression: the <c>if</c> filter.</summary>
    public HclExpression? ForCondition => Kind == HclSyntaxKind.For && (Flags & HclForFlags.Condition) != 0 ? (HclExpression)Children[^1] : null;

    /// <summary>For a template: its parts after HCL's processing of escapes, strip markers and heredoc indentation.</summary>
    public IReadOnlyList<HclTemplatePart> TemplateParts => Kind == HclSyntaxKind.Template ? HclTemplateText.Parts(this) : [];

    /// <summary>The value of a template made only of text (<c>"abc"</c>, a heredoc without interpolation).</summary>
    public bool TryGetStaticString(out string value)
    {
        value = string.Empty;
        if (Kind != HclSyntaxKind.Template || !Children.IsEmpty)
        {
            return false;
        }

        value = HclTemplateText.Parts(this)[0].Literal ?? string.Empty;
        return true;
    }

    /// <inheritdoc />
    public override void Accept(HclSyntaxWalker walker) => walker.VisitExpression(this);

    private (string? Key, string? Value) ForVariables()
    {
        if (Kind is not (HclSyntaxKind.For or HclSyntaxKind.ForDirective))
        {
            return (null, null);
        }

        var names = ImmutableArray.CreateBuilder<string>();
        var sawFor = false;
        foreach (var token in Tokens)
        {
            if (token.Kind != HclTokenKind.Identifier || token.IsTrivia)
            {
                continue;
            }

            var text = Tree.GetText(token);
            if (!sawFor)
            {
                sawFor = text == "for";
                continue;
            }

            if (text == "in")
            {
                break;
            }

            names.Add(text);
        }

        return names.Count switch
        {
            2 => (names[0], names[1]),
            1 => (null, names[0]),
            _ => (null, null),
        };
    }
}
