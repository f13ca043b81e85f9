using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// A node of an HCL syntax tree. Nodes are immutable views over the tree's compact storage: they know their kind,
/// their span (tokens without surrounding trivia), their parent, their children and the tokens they own directly.
/// </summary>
public abstract class HclSyntaxNode
{
    private ImmutableArray<HclSyntaxNode> _children;

    private protected HclSyntaxNode(HclSyntaxTree tree, int index, HclSyntaxNode? parent)
    {
        Tree = tree;
        Index = index;
        Parent = parent;
    }

    /// <summary>The tree this node belongs to.</summary>
    public HclSyntaxTree Tree { get; }

    /// <summary>The enclosing node; null for the file's body.</summary>
    public HclSyntaxNode? Parent { get; }

    /// <summary>What the node is.</summary>
    public HclSyntaxKind Kind => Tree.NodeStore[Index].Kind;

    /// <summary>The span from the first to the last non-trivia token of the node.</summary>
    public TextSpan Span
    {
        get
        {
            ref var entry = ref Tree.NodeStore[Index];
            var tokens = Tree.TokenStore;
            var first = entry.FirstToken;
            var last = entry.LastToken;
            while (first <= last && tokens.IsTrivia(first))
            {
                first++;
            }

            while (last >= first && tokens.IsTrivia(last))
            {
                last--;
            }

            return last < first
                ? new TextSpan(tokens.Start(Math.Min(entry.FirstToken, tokens.Count - 1)), 0)
                : TextSpan.FromBounds(tokens.Start(first), tokens.End(last));
        }
    }

    /// <summary>The span of every token the node covers, trivia tokens inside it included (the whole file for the root).</summary>
    public TextSpan FullSpan
    {
        get
        {
            if (Parent is null)
            {
                return new TextSpan(0, Tree.Text.Length);
            }

            ref var entry = ref Tree.NodeStore[Index];
            var tokens = Tree.TokenStore;
            return entry.LastToken < entry.FirstToken
                ? new TextSpan(tokens.Start(entry.FirstToken), 0)
                : TextSpan.FromBounds(tokens.Start(entry.FirstToken), tokens.End(entry.LastToken));
        }
    }

    /// <summary>Where the node is, with 1-based lines and columns.</summary>
    public Location Location => Tree.GetLocation(Span);

    /// <summary>The 0-based line positions of <see cref="Span"/>.</summary>
    public LinePositionSpan LineSpan => Tree.Text.GetLinePositionSpan(Span);

    /// <summary>The child nodes in source order.</summary>
    public ImmutableArray<HclSyntaxNode> Children
    {
        get
        {
            if (_children.IsDefault)
            {
                // Analyzers run in parallel: the first thread to finish wins, so every thread sees the same nodes.
                ImmutableInterlocked.InterlockedInitialize(ref _children, CreateChildren());
            }

            return _children;
        }
    }

    /// <summary>The tokens this node owns directly (not those of its children), trivia tokens included.</summary>
    public IEnumerable<HclToken> Tokens
    {
        get
        {
            var token = FirstTokenIndex;
            var last = LastTokenIndex;
            foreach (var child in Children)
            {
                for (; token < child.FirstTokenIndex; token++)
                {
                    yield return Tree.GetToken(token);
                }

                token = Math.Max(token, child.LastTokenIndex + 1);
            }

            for (; token <= last; token++)
            {
                yield return Tree.GetToken(token);
            }
        }
    }

    /// <summary>Every token under this node, in order.</summary>
    public IEnumerable<HclToken> DescendantTokens
    {
        get
        {
            var last = Parent is null ? Tree.TokenCount - 1 : LastTokenIndex;
            for (var token = Parent is null ? 0 : FirstTokenIndex; token <= last; token++)
            {
                yield return Tree.GetToken(token);
            }
        }
    }

    internal int Index { get; }

    internal byte Flags => Tree.NodeStore[Index].Flags;

    internal int FirstTokenIndex => Tree.NodeStore[Index].FirstToken;

    internal int LastTokenIndex => Tree.NodeStore[Index].LastToken;

    /// <summary>The source text of <see cref="Span"/>.</summary>
    public override string ToString() => Tree.Text.ToString(Span);

    /// <summary>The source text of <see cref="FullSpan"/>.</summary>
    public string ToFullString() => Tree.Text.ToString(FullSpan);

    /// <summary>Dispatches to the walker's method for this kind of node.</summary>
    public abstract void Accept(HclSyntaxWalker walker);

    /// <summary>The first directly owned, non-trivia token of a kind, if any.</summary>
    internal HclToken? FindToken(HclTokenKind kind)
    {
        foreach (var token in Tokens)
        {
            if (token.Kind == kind && !token.IsTrivia)
            {
                return token;
            }
        }

        return null;
    }

    private ImmutableArray<HclSyntaxNode> CreateChildren()
    {
        var store = Tree.NodeStore;
        var size = store[Index].Size;
        if (size == 0)
        {
            return [];
        }

        // Children sit just before their parent in post-order, last child first: count them, then fill from the back.
        var count = 0;
        for (var child = Index - 1; child >= Index - size; child -= store[child].Size + 1)
        {
            count++;
        }

        var children = new HclSyntaxNode[count];
        var slot = count;
        for (var child = Index - 1; child >= Index - size; child -= store[child].Size + 1)
        {
            children[--slot] = Create(Tree, child, this);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(children);
    }

    internal static HclSyntaxNode Create(HclSyntaxTree tree, int index, HclSyntaxNode parent) => tree.NodeStore[index].Kind switch
    {
        HclSyntaxKind.Body => new HclBody(tree, index, parent),
        HclSyntaxKind.Attribute => new HclAttribute(tree, index, parent),
        HclSyntaxKind.Block => new HclBlock(tree, index, parent),
        HclSyntaxKind.ObjectItem => new HclObjectItem(tree, index, parent),
        _ => new HclExpression(tree, index, parent),
    };
}
