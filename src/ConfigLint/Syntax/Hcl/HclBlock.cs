using System.Collections.Immutable;
using System.Text;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary><c>type "label" … { body }</c>, also the one-line form <c>type { name = value }</c>.</summary>
public sealed class HclBlock : HclSyntaxNode
{
    private ImmutableArray<HclBlockLabel> _labels;

    internal HclBlock(HclSyntaxTree tree, int index, HclSyntaxNode? parent)
        : base(tree, index, parent)
    {
    }

    /// <summary>The block type token.</summary>
    public HclToken TypeToken => Tree.GetToken(FirstTokenIndex);

    /// <summary>The block type: <c>resource</c>, <c>variable</c>, <c>ingress</c>.</summary>
    public string Type => Tree.GetText(TypeToken);

    /// <summary>The labels, decoded.</summary>
    public ImmutableArray<HclBlockLabel> Labels
    {
        get
        {
            if (_labels.IsDefault)
            {
                ImmutableInterlocked.InterlockedInitialize(ref _labels, ReadLabels());
            }

            return _labels;
        }
    }

    /// <summary>The block's body.</summary>
    public HclBody Body => (HclBody)Children[0];

    /// <summary>The <c>{</c> token.</summary>
    public HclToken? OpenBrace => FindToken(HclTokenKind.OpenBrace);

    /// <inheritdoc />
    public override void Accept(HclSyntaxWalker walker) => walker.VisitBlock(this);

    private ImmutableArray<HclBlockLabel> ReadLabels()
    {
        var builder = ImmutableArray.CreateBuilder<HclBlockLabel>();
        var store = Tree.TokenStore;
        var text = Tree.Text.Content;
        StringBuilder? value = null;
        var quoteStart = -1;
        for (var i = FirstTokenIndex + 1; i <= LastTokenIndex; i++)
        {
            var kind = store.Kind(i);
            if (kind == HclTokenKind.OpenBrace)
            {
                break;
            }

            switch (kind)
            {
                case HclTokenKind.Identifier when quoteStart < 0:
                    builder.Add(new HclBlockLabel(store.TextOf(i).ToString(), TextSpan.FromBounds(store.Start(i), store.End(i)), false));
                    break;
                case HclTokenKind.OpenQuote:
                    quoteStart = store.Start(i);
                    (value ??= new StringBuilder()).Clear();
                    break;
                case HclTokenKind.QuotedLiteral:
                    HclStringDecoder.Decode(text, store.Start(i), store.End(i), quoted: true, value, null);
                    break;
                case HclTokenKind.CloseQuote:
                    builder.Add(new HclBlockLabel(value?.ToString() ?? string.Empty, TextSpan.FromBounds(quoteStart, store.End(i)), true));
                    quoteStart = -1;
                    break;
            }
        }

        return builder.ToImmutable();
    }
}
