using System.Collections.Immutable;
using System.Text;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// A parsed <c>.tf</c> or <c>.tfvars</c> file. The tree is lossless: its tokens and the blanks between them are the
/// file, so <see cref="ToFullString"/> gives the input back for any text, valid or not. Tokens and nodes are kept
/// compactly; the node objects (<see cref="Root"/> and below) are created when first asked for.
/// </summary>
public sealed class HclSyntaxTree : SyntaxTree
{
    private readonly int _rootIndex;
    private HclBody? _root;
    private ImmutableArray<Diagnostic> _diagnostics;
    private ImmutableArray<SyntaxComment> _comments;

    internal HclSyntaxTree(
        string path,
        SourceText text,
        ConfigFormat format,
        HclTokenStore tokens,
        HclNodeStore nodes,
        int rootIndex,
        ImmutableArray<HclDiagnostic> parseDiagnostics)
        : base(path, text, format)
    {
        TokenStore = tokens;
        NodeStore = nodes;
        _rootIndex = rootIndex;
        ParseDiagnostics = parseDiagnostics;
    }

    /// <summary>The syntax errors as HCL reports them, in HashiCorp's order (invalid characters first).</summary>
    public ImmutableArray<HclDiagnostic> ParseDiagnostics { get; }

    /// <summary>True when the file has no syntax error.</summary>
    public bool IsValid => ParseDiagnostics.IsEmpty;

    /// <summary>The file's top-level body. For a tree made by <see cref="HclParser.ParseTemplate"/> it holds only the template.</summary>
    public HclBody Root
    {
        get
        {
            if (_root is null)
            {
                Interlocked.CompareExchange(ref _root, new HclBody(this, _rootIndex, null), null);
            }

            return _root;
        }
    }

    /// <summary>The template of a tree made by <see cref="HclParser.ParseTemplate"/>; null for a file.</summary>
    public HclExpression? Expression => Root.Items is [HclExpression expression] ? expression : null;

    /// <summary>Number of tokens, the end-of-file token included.</summary>
    public int TokenCount => TokenStore.Count;

    internal HclTokenStore TokenStore { get; }

    internal HclNodeStore NodeStore { get; }

    /// <inheritdoc />
    public override ImmutableArray<Diagnostic> Diagnostics
    {
        get
        {
            if (_diagnostics.IsDefault)
            {
                _diagnostics = [.. ParseDiagnostics.Select(d =>
                    Diagnostic.Create(EngineDiagnostics.SyntaxError, GetLocation(d.Span), d.Message))];
            }

            return _diagnostics;
        }
    }

    /// <inheritdoc />
    public override ImmutableArray<SyntaxComment> Comments
    {
        get
        {
            if (_comments.IsDefault)
            {
                var builder = ImmutableArray.CreateBuilder<SyntaxComment>();
                for (var i = 0; i < TokenStore.Count; i++)
                {
                    if (TokenStore.Kind(i) == HclTokenKind.Comment)
                    {
                        var raw = TokenStore.TextOf(i);
                        var inner = raw[0] == '#' ? raw[1..] : raw[1] == '/' ? raw[2..] : raw[2..^2];
                        builder.Add(new SyntaxComment(TextSpan.FromBounds(TokenStore.Start(i), TokenStore.End(i)), inner.Trim().ToString()));
                    }
                }

                _comments = builder.ToImmutable();
            }

            return _comments;
        }
    }

    /// <summary>The token at <paramref name="index"/>.</summary>
    public HclToken GetToken(int index) =>
        new(TokenStore.Kind(index), TextSpan.FromBounds(TokenStore.Start(index), TokenStore.End(index)), TokenStore.IsTrivia(index), index);

    /// <summary>Every token in order, trivia tokens (comments, ignored newlines) included.</summary>
    public IEnumerable<HclToken> Tokens
    {
        get
        {
            for (var i = 0; i < TokenStore.Count; i++)
            {
                yield return GetToken(i);
            }
        }
    }

    /// <summary>The 0-based line positions of a token (1-based through <see cref="SyntaxTree.GetLocation"/>).</summary>
    public LinePositionSpan GetLineSpan(HclToken token) => Text.GetLinePositionSpan(token.Span);

    /// <summary>The text of a token.</summary>
    public string GetText(HclToken token) => Text.ToString(token.Span);

    /// <summary>
    /// The trivia before a token: blanks, comments and ignored newlines since the previous token's trailing trivia.
    /// Empty for trivia tokens themselves.
    /// </summary>
    public TextSpan GetLeadingTrivia(HclToken token)
    {
        if (token.IsTrivia)
        {
            return new TextSpan(token.Span.Start, 0);
        }

        var previous = token.Index - 1;
        while (previous >= 0 && TokenStore.IsTrivia(previous))
        {
            previous--;
        }

        var start = previous < 0 ? 0 : GetTrailingTrivia(GetToken(previous)).End;
        return TextSpan.FromBounds(start, token.Span.Start);
    }

    /// <summary>The trivia after a token up to and including the end of its line (or up to the next token).</summary>
    public TextSpan GetTrailingTrivia(HclToken token)
    {
        var end = token.Span.End;

        // A token that ends its line (a newline, a heredoc opener) has no trailing trivia: what follows is the next line's.
        if (token.IsTrivia || (end > 0 && Text.Content[end - 1] == '\n'))
        {
            return new TextSpan(end, 0);
        }

        for (var next = token.Index + 1; next < TokenStore.Count; next++)
        {
            if (!TokenStore.IsTrivia(next))
            {
                // Only blanks lie between tokens, so everything up to the next token trails this one.
                end = TokenStore.Start(next);
                break;
            }

            end = TokenStore.End(next);
            if (TokenStore.Kind(next) == HclTokenKind.Newline)
            {
                break;
            }
        }

        return TextSpan.FromBounds(token.Span.End, end);
    }

    /// <summary>The file rebuilt from its tokens and the blanks between them; always equal to the input.</summary>
    public string ToFullString()
    {
        var content = Text.Content;
        var builder = new StringBuilder(content.Length);
        var position = 0;
        for (var i = 0; i < TokenStore.Count; i++)
        {
            var start = TokenStore.Start(i);
            var end = TokenStore.End(i);
            builder.Append(content, position, start - position).Append(content, start, end - start);
            position = end;
        }

        return builder.Append(content, position, content.Length - position).ToString();
    }

    /// <inheritdoc />
    public override void WriteTree(TextWriter writer) => HclTreeWriter.Write(this, Root, writer);
}
