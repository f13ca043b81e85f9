using System.Runtime.CompilerServices;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// Recursive-descent parser for HCL native syntax (Terraform <c>.tf</c> and <c>.tfvars</c>). It accepts exactly what
/// HashiCorp's parser accepts and, on errors, recovers the way HashiCorp's does, so the first error it reports is the
/// one <c>terraform</c> reports, on the same line. It never throws: deep nesting is cut off with a diagnostic.
/// </summary>
public sealed class HclParser
{
    /// <summary>How deeply brackets, blocks, templates and unary operators may nest before parsing stops.</summary>
    public const int MaxNestingDepth = 200;

    private const byte FlagExpandFinal = 1;
    private const byte FlagFlush = 1;
    private const byte FlagHeredoc = 2;
    private const byte FlagPassthrough = 4;
    private const byte FlagBare = 8;

    private readonly string _path;
    private readonly SourceText _source;
    private readonly string _text;
    private readonly HclTokenStore _tokens;
    private readonly HclNodeStore _nodes;
    private readonly List<HclDiagnostic> _diagnostics = [];
    private readonly List<bool> _includeNewlines = [true];
    private readonly List<HclTokenKind> _openBrackets = [];
    private readonly List<int> _attributeNames = [];
    private readonly List<TemplatePart> _templateParts = [];
    private int _next;
    private int _lastRead = -1;
    private bool _recovery;
    private int _depth;
    private int _peekFor = -1;
    private bool _peekNewlines;
    private int _peekResult;

    private HclParser(string path, SourceText source, List<HclDiagnostic> lexerDiagnostics, bool template = false)
    {
        _path = path;
        _source = source;
        var text = source.Content;
        _text = text;
        _tokens = HclLexer.Lex(text, lexerDiagnostics, template);
        _nodes = new HclNodeStore(text.Length);
    }

    private enum PartKind : byte
    {
        Literal,
        Interpolation,
        If,
        Else,
        EndIf,
        For,
        EndFor,
    }

    /// <summary>Parses a Terraform file (<c>.tf</c>) or variables file (<c>.tfvars</c>).</summary>
    public static HclSyntaxTree Parse(string path, SourceText text, ConfigFormat format = ConfigFormat.Terraform)
    {
        var diagnostics = new List<HclDiagnostic>();
        var parser = new HclParser(path, text, diagnostics);
        var root = parser.ParseBody(HclTokenKind.EndOfFile);

        // HashiCorp reports characters that never belong in HCL before any parse error.
        diagnostics.AddRange(parser._diagnostics);
        return new HclSyntaxTree(path, text, format, parser._tokens, parser._nodes, root, [.. diagnostics]);
    }

    /// <summary>
    /// Parses a whole text as a template, as Terraform reads the strings of <c>.tf.json</c> files and template files:
    /// <c>${…}</c> and <c>%{…}</c> sequences in literal text, with no quotes. The tree's <see cref="HclSyntaxTree.Expression"/>
    /// is the template.
    /// </summary>
    public static HclSyntaxTree ParseTemplate(string path, SourceText text)
    {
        var diagnostics = new List<HclDiagnostic>();
        var parser = new HclParser(path, text, diagnostics, template: true);
        var ok = parser.ParseTemplateParts(HclTokenKind.EndOfFile, out var endToken, out var passthrough);
        var flags = (byte)(FlagBare | (ok && passthrough ? FlagPassthrough : 0));
        parser.FinishAt(ok ? HclSyntaxKind.Template : HclSyntaxKind.Error, 0, 0, endToken - 1, flags);

        // The root is still a body, holding the template as its one item, so every tree has the same shape at the top.
        var root = parser.FinishAt(HclSyntaxKind.Body, 0, 0, endToken);
        diagnostics.AddRange(parser._diagnostics);
        return new HclSyntaxTree(path, text, ConfigFormat.Terraform, parser._tokens, parser._nodes, root, [.. diagnostics]);
    }

    private readonly record struct TemplatePart(PartKind Kind, int Node);

    // ---- the token peeker: comments are always skipped, newlines only where the context ignores them ----

    private int Peek()
    {
        var newlines = _includeNewlines[^1];
        if (_peekFor == _next && _peekNewlines == newlines)
        {
            return _peekResult;
        }

        var i = _next;
        while (true)
        {
            var kind = _tokens.Kind(i);
            if (kind == HclTokenKind.Comment || (kind == HclTokenKind.Newline && !newlines))
            {
                i++;
                continue;
            }

            break;
        }

        _peekFor = _next;
        _peekNewlines = newlines;
        _peekResult = i;
        return i;
    }

    private HclTokenKind PeekKind() => _tokens.Kind(Peek());

    private int Read()
    {
        var index = Peek();
        for (var skipped = _next; skipped < index; skipped++)
        {
            if (_tokens.Kind(skipped) == HclTokenKind.Newline)
            {
                _tokens.MarkTrivia(skipped);
            }
        }

        _next = _tokens.Kind(index) == HclTokenKind.EndOfFile ? index : index + 1;
        _lastRead = index;
        return index;
    }

    private int Previous() => _lastRead < 0 ? Peek() : _lastRead;

    private HclTokenKind Kind(int token) => _tokens.Kind(token);

    private void PushNewlines(bool include) => _includeNewlines.Add(include);

    private void PopNewlines() => _includeNewlines.RemoveAt(_includeNewlines.Count - 1);

    private bool IsKeyword(int token, string keyword) =>
        Kind(token) == HclTokenKind.Identifier && _tokens.TextOf(token).SequenceEqual(keyword);

    // ---- diagnostics ----

    private TextSpan SpanOf(int token) => TextSpan.FromBounds(_tokens.Start(token), _tokens.End(token));

    private TextSpan SpanBetween(int first, int last) => TextSpan.FromBounds(_tokens.Start(first), _tokens.End(last));

    private void Report(string summary, string detail, TextSpan span) => _diagnostics.Add(new HclDiagnostic(summary, detail, span));

    private void Report(string summary, string detail, int token) => Report(summary, detail, SpanOf(token));

    private int ErrorCount => _diagnostics.Count;

    // ---- nodes ----

    private int Finish(HclSyntaxKind kind, int subtreeStart, int firstToken, byte flags = 0) =>
        _nodes.Add(kind, flags, firstToken, Math.Max(_lastRead, firstToken - 1), subtreeStart);

    private int FinishAt(HclSyntaxKind kind, int subtreeStart, int firstToken, int lastToken, byte flags = 0) =>
        _nodes.Add(kind, flags, firstToken, lastToken, subtreeStart);

    private int FirstToken(int node) => _nodes[node].FirstToken;

    private int LastToken(int node) => _nodes[node].LastToken;

    private TextSpan NodeSpan(int node)
    {
        ref var entry = ref _nodes[node];
        return entry.LastToken < entry.FirstToken
            ? new TextSpan(_tokens.Start(entry.FirstToken), 0)
            : SpanBetween(entry.FirstToken, entry.LastToken);
    }

    /// <summary>A placeholder where an expression was expected; it owns no token.</summary>
    private int Missing(int atToken) => _nodes.Add(HclSyntaxKind.Error, 0, atToken, atToken - 1, _nodes.Count);

    /// <summary>Wraps whatever parsed since <paramref name="subtreeStart"/> into an error node.</summary>
    private int Wrap(int subtreeStart, int firstToken) =>
        _nodes.Count == subtreeStart && _lastRead < firstToken
            ? Missing(firstToken)
            : Finish(HclSyntaxKind.Error, subtreeStart, firstToken);

    private bool EnterNesting()
    {
        if (++_depth <= MaxNestingDepth && RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return true;
        }

        Report("Nesting too deep",
            $"Brackets, blocks and templates nest more than {MaxNestingDepth} levels deep here; ConfigLint does not read the rest of the file.",
            Peek());
        _recovery = true;
        while (Kind(_next) != HclTokenKind.EndOfFile)
        {
            _next++;
        }

        return false;
    }

    // ---- bodies ----

    private int ParseBody(HclTokenKind end)
    {
        var subtree = _nodes.Count;
        var first = _next;
        var startToken = Previous();
        var namesBase = _attributeNames.Count;
        HashSet<string>? bigBodyNames = null;
        int last;
        while (true)
        {
            var next = Peek();
            var kind = Kind(next);
            if (kind == end)
            {
                Read();
                last = end == HclTokenKind.EndOfFile ? next : next - 1;
                break;
            }

            if (kind == HclTokenKind.Newline)
            {
                Read();
                continue;
            }

            if (kind == HclTokenKind.Identifier)
            {
                var item = ParseBodyItem();
                if (_nodes[item].Kind == HclSyntaxKind.Attribute)
                {
                    CheckRedefined(item, namesBase, ref bigBodyNames);
                }

                continue;
            }

            var bad = Read();
            if (!_recovery)
            {
                switch (Kind(bad))
                {
                    case HclTokenKind.OpenQuote:
                        Report("Invalid argument name", "Argument names must not be quoted.", bad);
                        break;
                    case HclTokenKind.EndOfFile when end == HclTokenKind.CloseBrace:
                        Report("Unclosed configuration block",
                            "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                            startToken);
                        break;
                    case HclTokenKind.EndOfFile:
                        Report("Unclosed configuration body", "Found end of file before the end of this configuration body.", startToken);
                        break;
                    default:
                        Report("Argument or block definition required", "An argument or block definition is required here.", bad);
                        break;
                }
            }

            Recover(end);
            last = _lastRead;
            break;
        }

        _attributeNames.RemoveRange(namesBase, _attributeNames.Count - namesBase);
        return FinishAt(HclSyntaxKind.Body, subtree, first, Math.Max(last, first - 1));
    }

    private void CheckRedefined(int attribute, int namesBase, ref HashSet<string>? bigBodyNames)
    {
        var nameToken = FirstToken(attribute);
        var name = _tokens.TextOf(nameToken);
        var count = _attributeNames.Count - namesBase;
        var existing = -1;
        if (bigBodyNames is null)
        {
            for (var i = namesBase; i < _attributeNames.Count; i++)
            {
                if (_tokens.TextOf(_attributeNames[i]).SequenceEqual(name))
                {
                    existing = _attributeNames[i];
                    break;
                }
            }

            if (existing < 0 && count >= 32)
            {
                // Large bodies (big .tfvars files) switch to a set so the check stays linear.
                bigBodyNames = new HashSet<string>(StringComparer.Ordinal);
                for (var i = namesBase; i < _attributeNames.Count; i++)
                {
                    bigBodyNames.Add(_tokens.TextOf(_attributeNames[i]).ToString());
                }
            }
        }
        else if (!bigBodyNames.Add(name.ToString()))
        {
            for (var i = namesBase; i < _attributeNames.Count; i++)
            {
                if (_tokens.TextOf(_attributeNames[i]).SequenceEqual(name))
                {
                    existing = _attributeNames[i];
                    break;
                }
            }
        }

        if (existing < 0)
        {
            _attributeNames.Add(nameToken);
            return;
        }

        Report("Attribute redefined",
            $"The argument \"{name}\" was already set at {FormatRange(SpanOf(existing))}. Each argument may be set only once.",
            nameToken);
    }

    private string FormatRange(TextSpan span)
    {
        var start = _source.GetLinePosition(span.Start);
        var end = _source.GetLinePosition(span.End);
        return start.Line == end.Line
            ? $"{_path}:{start.Line + 1},{start.Character + 1}-{end.Character + 1}"
            : $"{_path}:{start.Line + 1},{start.Character + 1}-{end.Line + 1},{end.Character + 1}";
    }

    private int ParseBodyItem()
    {
        var subtree = _nodes.Count;
        var ident = Read();
        switch (PeekKind())
        {
            case HclTokenKind.Equals:
                return FinishAttribute(ident, singleLine: false);
            case HclTokenKind.OpenQuote or HclTokenKind.OpenBrace or HclTokenKind.Identifier:
                return FinishBlock(ident);
            default:
                RecoverAfterBodyItem();
                Report("Argument or block definition required",
                    "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                    ident);
                return Finish(HclSyntaxKind.Error, subtree, ident);
        }
    }

    private int FinishAttribute(int ident, bool singleLine)
    {
        var subtree = _nodes.Count;
        var equals = Read();
        var errors = ErrorCount;
        var expression = ParseExpression();
        var last = Math.Max(LastToken(expression), equals);
        if (_recovery && ErrorCount > errors)
        {
            RecoverAfterBodyItem();
        }
        else if (!singleLine)
        {
            var end = Peek();
            var kind = Kind(end);
            if (kind is not (HclTokenKind.Newline or HclTokenKind.EndOfFile))
            {
                if (!_recovery)
                {
                    if (kind == HclTokenKind.Comma)
                    {
                        Report("Unexpected comma after argument",
                            "Argument definitions must be separated by newlines, not commas. An argument definition must end with a newline.", end);
                    }
                    else
                    {
                        Report("Missing newline after argument", "An argument definition must end with a newline.", end);
                    }
                }

                RecoverAfterBodyItem();
            }
            else
            {
                Read(); // the newline
            }
        }

        return FinishAt(HclSyntaxKind.Attribute, subtree, ident, last);
    }

    private int FinishBlock(int ident)
    {
        var subtree = _nodes.Count;
        int openBrace;
        while (true)
        {
            var token = Peek();
            var kind = Kind(token);
            if (kind == HclTokenKind.OpenBrace)
            {
                openBrace = Read();
                break;
            }

            if (kind == HclTokenKind.OpenQuote)
            {
                ParseQuotedLabel();
                continue;
            }

            if (kind == HclTokenKind.Identifier)
            {
                Read();
                continue;
            }

            if (kind == HclTokenKind.Equals)
            {
                Report("Invalid block definition",
                    "The equals sign \"=\" indicates an argument definition, and must not be used when defining a block.", token);
            }
            else if (kind == HclTokenKind.Newline)
            {
                Report("Invalid block definition",
                    "A block definition must have block content delimited by \"{\" and \"}\", starting on the same line as the block header.", token);
            }
            else if (!_recovery)
            {
                Report("Invalid block definition", "Either a quoted string block label or an opening brace (\"{\") is expected here.", token);
            }

            RecoverAfterBodyItem();
            return Finish(HclSyntaxKind.Error, subtree, ident);
        }

        if (!EnterNesting())
        {
            _depth--;
            return Finish(HclSyntaxKind.Error, subtree, ident);
        }

        var nextKind = PeekKind();
        if (nextKind is HclTokenKind.Newline or HclTokenKind.EndOfFile or HclTokenKind.CloseBrace)
        {
            ParseBody(HclTokenKind.CloseBrace);
        }
        else
        {
            // HashiCorp appends the problems of a one-line body after the ones about how it is closed.
            var bodyMark = ErrorCount;
            ParseSingleAttributeBody(openBrace);
            var after = Peek();
            string? problem = null;
            switch (Kind(after))
            {
                case HclTokenKind.CloseBrace:
                    Read();
                    break;
                case HclTokenKind.Comma:
                    problem = "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.";
                    break;
                case HclTokenKind.Newline:
                    problem = "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.";
                    break;
                default:
                    if (!_recovery)
                    {
                        if (Kind(after) == HclTokenKind.EndOfFile)
                        {
                            _diagnostics.Insert(bodyMark, new HclDiagnostic("Unclosed configuration block",
                                "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                                SpanOf(openBrace)));
                        }
                        else
                        {
                            problem = "A single-line block definition must end with a closing brace immediately after its single argument definition.";
                        }
                    }

                    break;
            }

            if (problem is not null)
            {
                _diagnostics.Insert(bodyMark, new HclDiagnostic("Invalid single-argument block definition", problem, SpanOf(after)));
            }

            if (Kind(after) != HclTokenKind.CloseBrace)
            {
                Recover(HclTokenKind.CloseBrace);
            }
        }

        _depth--;
        var closeBrace = _lastRead;
        var eol = Peek();
        if (Kind(eol) is HclTokenKind.Newline or HclTokenKind.EndOfFile)
        {
            Read();
        }
        else
        {
            if (!_recovery)
            {
                Report("Missing newline after block definition", "A block definition must end with a newline.", eol);
            }

            RecoverAfterBodyItem();
        }

        return FinishAt(HclSyntaxKind.Block, subtree, ident, closeBrace);
    }

    private void ParseSingleAttributeBody(int openBrace)
    {
        var subtree = _nodes.Count;
        var first = openBrace + 1;
        var ident = Read();
        if (Kind(ident) != HclTokenKind.Identifier)
        {
            RecoverAfterBodyItem();
            Report("Argument or block definition required", "An argument or block definition is required here.", ident);
            Finish(HclSyntaxKind.Error, subtree, first);
            FinishAt(HclSyntaxKind.Body, subtree, first, LastToken(_nodes.Count - 1));
            return;
        }

        var next = Peek();
        var nextKind = Kind(next);
        if (nextKind == HclTokenKind.Equals)
        {
            var attribute = FinishAttribute(ident, singleLine: true);
            FinishAt(HclSyntaxKind.Body, subtree, first, LastToken(attribute));
            return;
        }

        RecoverAfterBodyItem();
        if (nextKind is HclTokenKind.OpenQuote or HclTokenKind.OpenBrace or HclTokenKind.Identifier)
        {
            Report("Argument definition required",
                $"A single-line block definition can contain only a single argument. If you meant to define argument \"{_tokens.TextOf(ident)}\", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.",
                SpanBetween(ident, next));
        }
        else
        {
            Report("Argument or block definition required",
                "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
                ident);
        }

        Finish(HclSyntaxKind.Error, subtree, first);
        FinishAt(HclSyntaxKind.Body, subtree, first, LastToken(_nodes.Count - 1));
    }

    /// <summary>A quoted block label: a string without template sequences. Only its tokens are kept.</summary>
    private void ParseQuotedLabel()
    {
        Read();
        while (true)
        {
            var token = Read();
            switch (Kind(token))
            {
                case HclTokenKind.CloseQuote:
                    return;
                case HclTokenKind.QuotedLiteral:
                    ValidateLiteral(token, quoted: true);
                    continue;
                case HclTokenKind.InterpolationStart or HclTokenKind.DirectiveStart:
                    var which = Kind(token) == HclTokenKind.DirectiveStart ? "%" : "$";
                    Report("Invalid string literal",
                        $"Template sequences are not allowed in this string. To include a literal \"{which}\", double it (as \"{which}{which}\") to escape it.",
                        token);
                    Recover(HclTokenKind.TemplateSequenceEnd);
                    continue;
                case HclTokenKind.EndOfFile:
                    Report("Unterminated string literal", "Unable to find the closing quote mark before the end of the file.", token);
                    return;
                default:
                    Report("Invalid string literal", "This item is not valid in a string literal.", token);
                    Recover(HclTokenKind.CloseQuote);
                    return;
            }
        }
    }

    private void ValidateLiteral(int token, bool quoted)
    {
        if (quoted && _tokens.TextOf(token).Contains('\\'))
        {
            HclStringDecoder.Decode(_text, _tokens.Start(token), _tokens.End(token), quoted: true, output: null, _diagnostics);
        }
    }

    // ---- expressions ----

    private int ParseExpression()
    {
        var subtree = _nodes.Count;
        var first = Peek();
        var errors = ErrorCount;
        var condition = ParseBinary(0);
        if (_recovery && ErrorCount > errors)
        {
            return condition;
        }

        if (PeekKind() != HclTokenKind.Question)
        {
            return condition;
        }

        Read();

        // Chained conditionals (a ? b : c ? d : e) nest through the false branch: they count as nesting too.
        if (!EnterNesting())
        {
            _depth--;
            return Wrap(subtree, first);
        }

        try
        {
            errors = ErrorCount;
            ParseExpression();
            if (_recovery && ErrorCount > errors)
            {
                return Wrap(subtree, first);
            }

            var colon = Peek();
            if (Kind(colon) != HclTokenKind.Colon)
            {
                Report("Missing false expression in conditional",
                    "The conditional operator (...?...:...) requires a false expression, delimited by a colon.", colon);
                return Wrap(subtree, first);
            }

            Read();
            errors = ErrorCount;
            ParseExpression();
            if (_recovery && ErrorCount > errors)
            {
                return Wrap(subtree, first);
            }

            return Finish(HclSyntaxKind.Conditional, subtree, FirstToken(condition));
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>Binding strength of a binary operator, HashiCorp's six levels from <c>||</c> (0) to <c>* / %</c> (5); -1 otherwise.</summary>
    private static int Precedence(HclTokenKind kind) => kind switch
    {
        HclTokenKind.BarBar => 0,
        HclTokenKind.AmpersandAmpersand => 1,
        HclTokenKind.EqualsEquals or HclTokenKind.NotEquals => 2,
        HclTokenKind.LessThan or HclTokenKind.LessThanEquals or HclTokenKind.GreaterThan or HclTokenKind.GreaterThanEquals => 3,
        HclTokenKind.Plus or HclTokenKind.Minus => 4,
        HclTokenKind.Star or HclTokenKind.Slash or HclTokenKind.Percent => 5,
        _ => -1,
    };

    /// <summary>
    /// Operators of one level associate to the left. HashiCorp recurses once per level; climbing by precedence builds
    /// the same tree with one look at the next token per operand, and gives up in the same places after an error.
    /// </summary>
    private int ParseBinary(int minimumPrecedence)
    {
        var subtree = _nodes.Count;
        var errors = ErrorCount;
        var result = ParseTermWithTraversals();
        if (_recovery && ErrorCount > errors)
        {
            return result;
        }

        var first = FirstToken(result);
        while (true)
        {
            var kind = PeekKind();
            var precedence = Precedence(kind);
            if (precedence < minimumPrecedence)
            {
                return result;
            }

            Read();
            errors = ErrorCount;
            ParseBinary(precedence + 1);
            if (_recovery && ErrorCount > errors)
            {
                return Wrap(subtree, first);
            }

            result = Finish(HclSyntaxKind.Binary, subtree, first, (byte)kind);
        }
    }

    private int ParseTermWithTraversals()
    {
        var subtree = _nodes.Count;
        var term = ParseTerm();
        return ParseTraversals(subtree, FirstToken(term));
    }

    private int ParseTraversals(int subtree, int first)
    {
        var current = _nodes.Count - 1;
        var splats = 0;
        while (true)
        {
            var kind = PeekKind();
            if (kind == HclTokenKind.Dot)
            {
                var dot = Read();
                var attribute = Peek();
                switch (Kind(attribute))
                {
                    case HclTokenKind.Identifier:
                        Read();
                        current = Finish(HclSyntaxKind.GetAttribute, subtree, first);
                        break;
                    case HclTokenKind.Number:
                        Read();
                        CheckLegacyIndex(attribute, attribute, withSplat: false);
                        current = Finish(HclSyntaxKind.LegacyIndex, subtree, first);
                        break;
                    case HclTokenKind.Star:
                        current = ParseAttributeSplat(subtree, first, dot);
                        break;
                    default:
                        Report("Invalid attribute name", "An attribute name is required after a dot.", attribute);
                        current = Finish(HclSyntaxKind.Error, subtree, first);
                        _recovery = true;
                        break;
                }

                continue;
            }

            if (kind != HclTokenKind.OpenBracket)
            {
                return current;
            }

            var open = Read();
            if (PeekKind() == HclTokenKind.Star)
            {
                if (!EnterNesting())
                {
                    _depth--;
                    return Wrap(subtree, first);
                }

                splats++;
                var itemSubtree = _nodes.Count;
                Read();
                var close = Read();
                if (Kind(close) != HclTokenKind.CloseBracket && !_recovery)
                {
                    // HashiCorp's diagnostic points at the token recovery stops at, not at the one found.
                    Report("Missing close bracket on splat index",
                        "The star for a full splat operator must be immediately followed by a closing bracket (\"]\").",
                        Recover(HclTokenKind.CloseBracket));
                }

                Finish(HclSyntaxKind.SplatItem, itemSubtree, open);

                // The steps after [*] apply to each element, so they belong to the splat.
                ParseTraversals(itemSubtree, open);
                _depth -= splats;
                return Finish(HclSyntaxKind.FullSplat, subtree, first);
            }

            if (!EnterNesting())
            {
                _depth--;
                return Wrap(subtree, first);
            }

            PushNewlines(false);
            var errors = ErrorCount;
            ParseExpression();
            _depth--;
            if (_recovery && ErrorCount > errors)
            {
                Recover(HclTokenKind.CloseBracket);
            }
            else
            {
                var close = Read();
                if (Kind(close) != HclTokenKind.CloseBracket && !_recovery)
                {
                    Report("Missing close bracket on index", "The index operator must end with a closing bracket (\"]\").",
                        Recover(HclTokenKind.CloseBracket));
                }
            }

            PopNewlines();
            current = Finish(HclSyntaxKind.Index, subtree, first);
        }
    }

    private int ParseAttributeSplat(int subtree, int first, int dot)
    {
        var star = Read();
        var chainSubtree = _nodes.Count;
        Finish(HclSyntaxKind.SplatItem, chainSubtree, dot);
        while (PeekKind() == HclTokenKind.Dot)
        {
            Read();
            var next = Peek();
            if (Kind(next) == HclTokenKind.Number)
            {
                Read();
                CheckLegacyIndex(next, star, withSplat: true);
                Finish(HclSyntaxKind.LegacyIndex, chainSubtree, dot);
                continue;
            }

            if (Kind(next) != HclTokenKind.Identifier)
            {
                if (!_recovery)
                {
                    if (Kind(next) == HclTokenKind.Star)
                    {
                        Report("Nested splat expression not allowed",
                            "A splat expression (*) cannot be used inside another attribute-only splat expression.", next);
                    }
                    else
                    {
                        Report("Invalid attribute name", "An attribute name is required after a dot.", star);
                    }
                }

                _recovery = true;
                return Finish(HclSyntaxKind.Error, subtree, first);
            }

            Read();
            Finish(HclSyntaxKind.GetAttribute, chainSubtree, dot);
        }

        return Finish(HclSyntaxKind.AttributeSplat, subtree, first);
    }

    private void CheckLegacyIndex(int number, int subject, bool withSplat)
    {
        var text = _tokens.TextOf(number);
        var dot = text.IndexOf('.');
        if (dot >= 0)
        {
            var detail = withSplat
                ? $"When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax with a full splat expression [*] instead, like [{text[..dot]}][{text[(dot + 1)..]}]."
                : $"When using the legacy index syntax, chaining two indexes together is not permitted. Use the proper index syntax instead, like [{text[..dot]}][{text[(dot + 1)..]}].";
            Report("Invalid legacy index syntax", detail, subject);
            return;
        }

        CheckNumber(number);
    }

    private void CheckNumber(int token)
    {
        if (!HclNumber.IsValid(_tokens.TextOf(token)))
        {
            Report("Invalid number literal", "Failed to recognize the value of this number literal.", token);
        }
    }

    private int ParseTerm()
    {
        var subtree = _nodes.Count;
        var start = Peek();
        switch (Kind(start))
        {
            case HclTokenKind.OpenParen:
                return ParseParenthesized(subtree, start);
            case HclTokenKind.Number:
                Read();
                CheckNumber(start);
                return Finish(HclSyntaxKind.Literal, subtree, start);
            case HclTokenKind.Identifier:
                Read();
                if (PeekKind() is HclTokenKind.OpenParen or HclTokenKind.DoubleColon)
                {
                    return ParseFunctionCall(subtree, start);
                }

                var name = _tokens.TextOf(start);
                return Finish(name is "true" or "false" or "null" ? HclSyntaxKind.Literal : HclSyntaxKind.Variable, subtree, start);
            case HclTokenKind.OpenQuote or HclTokenKind.HeredocOpen:
                return ParseTemplateExpression(subtree, start);
            case HclTokenKind.Minus or HclTokenKind.Bang:
                Read();
                if (!EnterNesting())
                {
                    _depth--;
                    return Wrap(subtree, start);
                }

                ParseTermWithTraversals();
                _depth--;
                return Finish(HclSyntaxKind.Unary, subtree, start, (byte)Kind(start));
            case HclTokenKind.OpenBracket:
                return ParseTuple(subtree, start);
            case HclTokenKind.OpenBrace:
                return ParseObject(subtree, start);
            default:
                if (!_recovery)
                {
                    if (Kind(start) == HclTokenKind.EndOfFile)
                    {
                        Report("Missing expression", "Expected the start of an expression, but found the end of the file.", start);
                    }
                    else
                    {
                        Report("Invalid expression", "Expected the start of an expression, but found an invalid expression token.", start);
                    }
                }

                _recovery = true;
                return Missing(start);
        }
    }

    private int ParseParenthesized(int subtree, int open)
    {
        Read();
        if (!EnterNesting())
        {
            _depth--;
            return Wrap(subtree, open);
        }

        PushNewlines(false);
        var errors = ErrorCount;
        ParseExpression();
        if (ErrorCount > errors)
        {
            Recover(HclTokenKind.CloseParen);
            PopNewlines();
            _depth--;
            return Wrap(subtree, open);
        }

        var close = Peek();
        var balanced = Kind(close) == HclTokenKind.CloseParen;
        if (!balanced)
        {
            Report("Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.", close);
            _recovery = true;
        }

        Read();
        PopNewlines();
        _depth--;
        return balanced ? Finish(HclSyntaxKind.Parenthesized, subtree, open) : Wrap(subtree, open);
    }

    private int ParseFunctionCall(int subtree, int name)
    {
        var open = Read();
        while (Kind(open) == HclTokenKind.DoubleColon)
        {
            var nextName = Read();
            if (Kind(nextName) != HclTokenKind.Identifier)
            {
                Report("Missing function name", "Function scope resolution symbol :: must be followed by a function name in this scope.", nextName);
                RecoverOver(HclTokenKind.OpenParen);
                return Wrap(subtree, name);
            }

            open = Read();
        }

        if (Kind(open) != HclTokenKind.OpenParen)
        {
            Report("Missing open parenthesis", "Function selector must be followed by an open parenthesis to begin the function call.", open);
            RecoverOver(HclTokenKind.OpenParen);
            return Wrap(subtree, name);
        }

        if (!EnterNesting())
        {
            _depth--;
            return Wrap(subtree, name);
        }

        byte flags = 0;
        var ok = true;
        PushNewlines(false);
        while (true)
        {
            if (PeekKind() == HclTokenKind.CloseParen)
            {
                Read();
                break;
            }

            var errors = ErrorCount;
            ParseExpression();
            if (_recovery && ErrorCount > errors)
            {
                Recover(HclTokenKind.CloseParen);
                ok = false;
                break;
            }

            var separator = Read();
            var kind = Kind(separator);
            if (kind == HclTokenKind.CloseParen)
            {
                break;
            }

            if (kind == HclTokenKind.Ellipsis)
            {
                flags = FlagExpandFinal;
                if (PeekKind() != HclTokenKind.CloseParen)
                {
                    if (!_recovery)
                    {
                        Report("Missing closing parenthesis",
                            "An expanded function argument (with ...) must be immediately followed by closing parentheses.", separator);
                    }

                    Recover(HclTokenKind.CloseParen);
                    ok = false;
                }
                else
                {
                    Read();
                }

                break;
            }

            if (kind != HclTokenKind.Comma)
            {
                if (kind == HclTokenKind.EndOfFile)
                {
                    Report("Unterminated function call",
                        "There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.",
                        SpanBetween(name, open));
                }
                else
                {
                    Report("Missing argument separator", "A comma is required to separate each function argument from the next.", separator);
                }

                Recover(HclTokenKind.CloseParen);
                ok = false;
                break;
            }

            if (PeekKind() == HclTokenKind.CloseParen)
            {
                Read();
                break;
            }
        }

        PopNewlines();
        _depth--;
        return ok ? Finish(HclSyntaxKind.FunctionCall, subtree, name, flags) : Wrap(subtree, name);
    }

    private int ParseTuple(int subtree, int open)
    {
        Read();
        if (!EnterNesting())
        {
            _depth--;
            return Wrap(subtree, open);
        }

        PushNewlines(false);
        try
        {
            if (IsKeyword(Peek(), "for"))
            {
                return ParseFor(subtree, open, HclTokenKind.CloseBracket);
            }

            while (true)
            {
                if (PeekKind() == HclTokenKind.CloseBracket)
                {
                    Read();
                    break;
                }

                var errors = ErrorCount;
                ParseExpression();
                if (_recovery && ErrorCount > errors)
                {
                    Recover(HclTokenKind.CloseBracket);
                    return Wrap(subtree, open);
                }

                var next = Peek();
                if (Kind(next) == HclTokenKind.CloseBracket)
                {
                    Read();
                    break;
                }

                if (Kind(next) != HclTokenKind.Comma)
                {
                    return MissingSeparator(subtree, open, next, HclTokenKind.CloseBracket,
                        "Missing item separator", "Expected a comma to mark the beginning of the next item.");
                }

                Read();
            }

            return Finish(HclSyntaxKind.Tuple, subtree, open);
        }
        finally
        {
            PopNewlines();
            _depth--;
        }
    }

    private int ParseObject(int subtree, int open)
    {
        Read();
        if (!EnterNesting())
        {
            _depth--;
            return Wrap(subtree, open);
        }

        PushNewlines(false);
        var isFor = IsKeyword(Peek(), "for");
        PopNewlines();
        if (isFor)
        {
            PushNewlines(false);
            try
            {
                return ParseFor(subtree, open, HclTokenKind.CloseBrace);
            }
            finally
            {
                PopNewlines();
                _depth--;
            }
        }

        PushNewlines(true);
        try
        {
            while (true)
            {
                var next = Peek();
                if (Kind(next) == HclTokenKind.Newline)
                {
                    Read();
                    continue;
                }

                if (Kind(next) == HclTokenKind.CloseBrace)
                {
                    Read();
                    break;
                }

                var itemSubtree = _nodes.Count;
                var errors = ErrorCount;
                var key = ParseExpression();
                if (_recovery && ErrorCount > errors)
                {
                    Recover(HclTokenKind.CloseBrace);
                    return Wrap(subtree, open);
                }

                next = Peek();
                var kind = Kind(next);
                if (kind is not (HclTokenKind.Equals or HclTokenKind.Colon))
                {
                    if (!_recovery)
                    {
                        switch (kind)
                        {
                            case HclTokenKind.Newline or HclTokenKind.Comma:
                                Report("Missing attribute value", "Expected an attribute value, introduced by an equals sign (\"=\").", next);
                                break;
                            case HclTokenKind.Identifier:
                                Report("Missing key/value separator",
                                    "Expected an equals sign (\"=\") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.",
                                    next);
                                break;
                            case HclTokenKind.EndOfFile:
                                ReportUnterminated(HclTokenKind.CloseBrace, open);
                                break;
                            default:
                                Report("Missing key/value separator", "Expected an equals sign (\"=\") to mark the beginning of the attribute value.", next);
                                break;
                        }
                    }

                    Recover(HclTokenKind.CloseBrace);
                    return Wrap(subtree, open);
                }

                Read();
                errors = ErrorCount;
                ParseExpression();
                if (_recovery && ErrorCount > errors)
                {
                    Recover(HclTokenKind.CloseBrace);
                    return Wrap(subtree, open);
                }

                Finish(HclSyntaxKind.ObjectItem, itemSubtree, FirstToken(key));
                next = Peek();
                kind = Kind(next);
                if (kind == HclTokenKind.CloseBrace)
                {
                    Read();
                    break;
                }

                if (kind is not (HclTokenKind.Comma or HclTokenKind.Newline))
                {
                    return MissingSeparator(subtree, open, next, HclTokenKind.CloseBrace,
                        "Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.");
                }

                Read();
            }

            return Finish(HclSyntaxKind.Object, subtree, open);
        }
        finally
        {
            PopNewlines();
            _depth--;
        }
    }

    /// <summary>A tuple item or object attribute not followed by a separator: report (unless recovering), skip to the closer.</summary>
    private int MissingSeparator(int subtree, int open, int next, HclTokenKind close, string summary, string detail)
    {
        if (!_recovery)
        {
            if (Kind(next) == HclTokenKind.EndOfFile)
            {
                ReportUnterminated(close, open);
            }
            else
            {
                Report(summary, detail, next);
            }
        }

        Recover(close);
        return Wrap(subtree, open);
    }

    private void ReportUnterminated(HclTokenKind close, int open)
    {
        var (what, bracket) = close == HclTokenKind.CloseBrace ? ("object", "brace") : ("tuple", "bracket");
        Report($"Unterminated {what} constructor expression",
            $"There is no corresponding closing {bracket} before the end of the file. This may be caused by incorrect {bracket} nesting elsewhere in this file.",
            open);
    }

    private int ParseFor(int subtree, int open, HclTokenKind close)
    {
        PushNewlines(false);
        try
        {
            Read(); // "for"
            var makeObject = close == HclTokenKind.CloseBrace;
            byte flags = makeObject ? HclForFlags.Object : (byte)0;
            if (PeekKind() != HclTokenKind.Identifier)
            {
                return ForError(subtree, open, close, "For expression requires variable name after 'for'.");
            }

            Read();
            if (PeekKind() == HclTokenKind.Comma)
            {
                flags |= HclForFlags.KeyVariable;
                Read();
                if (PeekKind() != HclTokenKind.Identifier)
                {
                    return ForError(subtree, open, close, "For expression requires value variable name after comma.");
                }

                Read();
            }

            if (!IsKeyword(Peek(), "in"))
            {
                return ForError(subtree, open, close, "For expression requires the 'in' keyword after its name declarations.");
            }

            Read();
            var errors = ErrorCount;
            ParseExpression();
            if (_recovery && ErrorCount > errors)
            {
                Recover(close);
                return Wrap(subtree, open);
            }

            if (PeekKind() != HclTokenKind.Colon)
            {
                return ForError(subtree, open, close, "For expression requires a colon after the collection expression.");
            }

            Read();
            errors = ErrorCount;
            var value = ParseExpression();
            var key = -1;
            if (PeekKind() == HclTokenKind.FatArrow)
            {
                Read();
                key = value;
                flags |= HclForFlags.KeyExpression;
                value = ParseExpression();
            }

            if (_recovery && ErrorCount > errors)
            {
                Recover(close);
                return Wrap(subtree, open);
            }

            var ellipsis = -1;
            if (PeekKind() == HclTokenKind.Ellipsis)
            {
                ellipsis = Read();
                flags |= HclForFlags.Group;
            }

            if (IsKeyword(Peek(), "if"))
            {
                Read();
                flags |= HclForFlags.Condition;
                errors = ErrorCount;
                ParseExpression();
                if (_recovery && ErrorCount > errors)
                {
                    Recover(close);
                    return Wrap(subtree, open);
                }
            }

            var ok = true;
            if (PeekKind() == close)
            {
                Read();
            }
            else
            {
                if (!_recovery)
                {
                    Report("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.", Peek());
                }

                Recover(close);
                ok = false;
            }

            if (!makeObject)
            {
                if (key >= 0)
                {
                    Report("Invalid 'for' expression", "Key expression is not valid when building a tuple.", NodeSpan(key));
                    ok = false;
                }

                if (ellipsis >= 0)
                {
                    Report("Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.", ellipsis);
                    ok = false;
                }
            }
            else if (key < 0)
            {
                Report("Invalid 'for' expression", "Key expression is required when building an object.", NodeSpan(value));
                ok = false;
            }

            return ok ? Finish(HclSyntaxKind.For, subtree, open, flags) : Wrap(subtree, open);
        }
        finally
        {
            PopNewlines();
        }
    }

    private int ForError(int subtree, int open, HclTokenKind close, string detail)
    {
        if (!_recovery)
        {
            Report("Invalid 'for' expression", detail, Peek());
        }

        Recover(close);
        return Wrap(subtree, open);
    }

    // ---- templates ----

    private int ParseTemplateExpression(int subtree, int open)
    {
        Read();
        if (!EnterNesting())
        {
            _depth--;
            return Wrap(subtree, open);
        }

        var heredoc = Kind(open) == HclTokenKind.HeredocOpen;
        var ok = ParseTemplateParts(heredoc ? HclTokenKind.HeredocClose : HclTokenKind.CloseQuote, out _, out var passthrough);
        _depth--;
        var flags = ok && passthrough ? FlagPassthrough : (byte)0;
        if (heredoc)
        {
            flags |= FlagHeredoc;
            if (_tokens.TextOf(open).StartsWith("<<-"))
            {
                flags |= FlagFlush;
            }
        }

        return ok ? Finish(HclSyntaxKind.Template, subtree, open, flags) : Wrap(subtree, open);
    }

    /// <summary>Reads template parts up to <paramref name="end"/>; false when the template has errors.</summary>
    private bool ParseTemplateParts(HclTokenKind end, out int endToken, out bool passthrough)
    {
        var partsBase = _templateParts.Count;
        var startToken = Peek();
        endToken = -1;
        var ok = true;
        while (true)
        {
            var next = Read();
            var kind = Kind(next);
            if (kind == end)
            {
                endToken = next;
                break;
            }

            switch (kind)
            {
                case HclTokenKind.QuotedLiteral or HclTokenKind.HeredocLiteral:
                    ValidateLiteral(next, kind == HclTokenKind.QuotedLiteral);
                    _templateParts.Add(new TemplatePart(PartKind.Literal, next));
                    continue;
                case HclTokenKind.InterpolationStart:
                    ParseInterpolation(next, startToken, end);
                    _templateParts.Add(new TemplatePart(PartKind.Interpolation, _nodes.Count - 1));
                    continue;
                case HclTokenKind.DirectiveStart:
                    var part = ParseDirective(next);
                    if (part is { } directive)
                    {
                        _templateParts.Add(directive);
                    }
                    else
                    {
                        ok = false;
                    }

                    continue;
            }

            if (!_recovery)
            {
                Report("Unterminated template string", "No closing marker was found for the string.", next);
            }

            endToken = Recover(end);
            ok = false;
            break;
        }

        ok &= CheckTemplateStructure(partsBase, endToken);
        passthrough = _templateParts.Count - partsBase == 1 && _templateParts[partsBase].Kind == PartKind.Interpolation;
        _templateParts.RemoveRange(partsBase, _templateParts.Count - partsBase);
        return ok;
    }

    private void ParseInterpolation(int open, int templateStart, HclTokenKind end)
    {
        var subtree = _nodes.Count;
        PushNewlines(false);
        ParseExpression();
        var close = Peek();
        var kind = Kind(close);
        var ok = kind == HclTokenKind.TemplateSequenceEnd;
        if (!ok)
        {
            if (!_recovery)
            {
                if (kind == HclTokenKind.EndOfFile)
                {
                    Report("Unclosed template interpolation sequence",
                        "There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.",
                        templateStart);
                }
                else if (kind == HclTokenKind.Colon)
                {
                    Report("Extra characters after interpolation expression",
                        "Template interpolation doesn't expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with \"$${\" instead of just \"${\".",
                        close);
                }
                else if (kind is HclTokenKind.CloseQuote or HclTokenKind.OpenQuote && end == HclTokenKind.CloseQuote)
                {
                    Report("Unclosed template interpolation sequence",
                        "There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.",
                        templateStart);
                }
                else
                {
                    Report("Extra characters after interpolation expression",
                        "Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with \"$${\" instead of just \"${\".",
                        close);
                }
            }

            Recover(HclTokenKind.TemplateSequenceEnd);
        }
        else
        {
            Read();
        }

        PopNewlines();
        Finish(ok ? HclSyntaxKind.Interpolation : HclSyntaxKind.Error, subtree, open);
    }

    private TemplatePart? ParseDirective(int open)
    {
        var subtree = _nodes.Count;
        PushNewlines(false);
        try
        {
            var keyword = Peek();
            if (Kind(keyword) != HclTokenKind.Identifier)
            {
                if (!_recovery)
                {
                    Report("Invalid template directive",
                        "A template directive keyword (\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.", keyword);
                }

                Recover(HclTokenKind.TemplateSequenceEnd);
                Finish(HclSyntaxKind.Error, subtree, open);
                return null;
            }

            Read();
            var word = _tokens.TextOf(keyword);
            PartKind part;
            HclSyntaxKind kind;
            switch (word)
            {
                case "if":
                    ParseExpression();
                    (part, kind) = (PartKind.If, HclSyntaxKind.IfDirective);
                    break;
                case "else":
                    (part, kind) = (PartKind.Else, HclSyntaxKind.ElseDirective);
                    break;
                case "endif":
                    (part, kind) = (PartKind.EndIf, HclSyntaxKind.EndIfDirective);
                    break;
                case "endfor":
                    (part, kind) = (PartKind.EndFor, HclSyntaxKind.EndForDirective);
                    break;
                case "for":
                    if (!ParseForDirectiveHeader())
                    {
                        Finish(HclSyntaxKind.Error, subtree, open);
                        return null;
                    }

                    (part, kind) = (PartKind.For, HclSyntaxKind.ForDirective);
                    break;
                default:
                    if (!_recovery)
                    {
                        var suggestion = HclNameSuggestion.Suggest(word, ["if", "for", "else", "endif", "endfor"]);
                        Report("Invalid template control keyword",
                            $"\"{word}\" is not a valid template control keyword.{(suggestion is null ? "" : $" Did you mean \"{suggestion}\"?")}",
                            keyword);
                    }

                    Recover(HclTokenKind.TemplateSequenceEnd);
                    Finish(HclSyntaxKind.Error, subtree, open);
                    return null;
            }

            var close = Peek();
            if (Kind(close) != HclTokenKind.TemplateSequenceEnd)
            {
                if (!_recovery)
                {
                    Report($"Extra characters in {word} marker", "Expected a closing brace to end the sequence, but found extra characters.", close);
                }

                Recover(HclTokenKind.TemplateSequenceEnd);
            }
            else
            {
                Read();
            }

            return new TemplatePart(part, Finish(kind, subtree, open));
        }
        finally
        {
            PopNewlines();
        }
    }

    private bool ParseForDirectiveHeader()
    {
        if (PeekKind() != HclTokenKind.Identifier)
        {
            return ForDirectiveError("For directive requires variable name after 'for'.");
        }

        Read();
        if (PeekKind() == HclTokenKind.Comma)
        {
            Read();
            if (PeekKind() != HclTokenKind.Identifier)
            {
                return ForDirectiveError("For directive requires value variable name after comma.");
            }

            Read();
        }

        if (!IsKeyword(Peek(), "in"))
        {
            return ForDirectiveError("For directive requires 'in' keyword after names.");
        }

        Read();
        ParseExpression();
        return true;
    }

    private bool ForDirectiveError(string detail)
    {
        if (!_recovery)
        {
            Report("Invalid 'for' directive", detail, Peek());
        }

        Recover(HclTokenKind.TemplateSequenceEnd);
        return false;
    }

    /// <summary>
    /// Checks that if/else/endif and for/endfor balance, reporting what HashiCorp's template parser reports, in its
    /// order. A stack replaces its recursion so deeply nested directives cannot overflow.
    /// </summary>
    private bool CheckTemplateStructure(int partsBase, int endToken)
    {
        var hasDirectives = false;
        for (var i = partsBase; i < _templateParts.Count && !hasDirectives; i++)
        {
            hasDirectives = _templateParts[i].Kind is not (PartKind.Literal or PartKind.Interpolation);
        }

        if (!hasDirectives)
        {
            return true;
        }

        var ok = true;
        var open = new List<(PartKind Kind, int Node, bool InElse)>();
        for (var i = partsBase; i < _templateParts.Count; i++)
        {
            var part = _templateParts[i];
            switch (part.Kind)
            {
                case PartKind.If or PartKind.For:
                    open.Add((part.Kind, part.Node, false));
                    if (open.Count > MaxNestingDepth)
                    {
                        // Converting templates recurses through their directives, so their depth is bounded too.
                        Report("Nesting too deep", $"Template directives nest more than {MaxNestingDepth} levels deep here.", NodeSpan(part.Node));
                        return false;
                    }

                    continue;
                case PartKind.Literal or PartKind.Interpolation:
                    continue;
            }

            var name = part.Kind switch { PartKind.Else => "else", PartKind.EndIf => "endif", _ => "endfor" };
            var span = NodeSpan(part.Node);
            if (open.Count == 0)
            {
                Report($"Unexpected {name} directive", "The control directives within this template are unbalanced.", span);
                ok = false;
                continue;
            }

            var top = open[^1];
            if (top.Kind == PartKind.If)
            {
                if (part.Kind == PartKind.Else && !top.InElse)
                {
                    open[^1] = (top.Kind, top.Node, true);
                    continue;
                }

                if (part.Kind == PartKind.EndIf)
                {
                    open.RemoveAt(open.Count - 1);
                    continue;
                }

                Report($"Unexpected {name} directive", part.Kind == PartKind.Else
                    ? $"Already in the else clause for the if started at {FormatRange(NodeSpan(top.Node))}."
                    : $"Expecting an endif directive for the if started at {FormatRange(NodeSpan(top.Node))}.", span);
            }
            else
            {
                if (part.Kind == PartKind.EndFor)
                {
                    open.RemoveAt(open.Count - 1);
                    continue;
                }

                Report($"Unexpected {name} directive", part.Kind == PartKind.Else
                    ? "An else clause is not expected for a for directive."
                    : $"Expecting an endfor directive corresponding to the for directive at {FormatRange(NodeSpan(top.Node))}.", span);
            }

            open.RemoveAt(open.Count - 1);
            ok = false;
        }

        for (var i = open.Count - 1; i >= 0; i--)
        {
            var which = open[i].Kind == PartKind.If ? "if" : "for";
            var closer = open[i].Kind == PartKind.If ? "endif" : "endfor";
            Report("Unexpected end of template",
                $"The {which} directive at {FormatRange(NodeSpan(open[i].Node))} is missing its corresponding {closer} directive.",
                endToken < 0 ? new TextSpan(_text.Length, 0) : SpanOf(endToken));
            ok = false;
        }

        return ok;
    }

    // ---- recovery, as HashiCorp's parser does it ----

    private static HclTokenKind Opposite(HclTokenKind kind) => kind switch
    {
        HclTokenKind.OpenBrace => HclTokenKind.CloseBrace,
        HclTokenKind.OpenBracket => HclTokenKind.CloseBracket,
        HclTokenKind.OpenParen => HclTokenKind.CloseParen,
        HclTokenKind.OpenQuote => HclTokenKind.CloseQuote,
        HclTokenKind.HeredocOpen => HclTokenKind.HeredocClose,
        HclTokenKind.CloseBrace => HclTokenKind.OpenBrace,
        HclTokenKind.CloseBracket => HclTokenKind.OpenBracket,
        HclTokenKind.CloseParen => HclTokenKind.OpenParen,
        HclTokenKind.CloseQuote => HclTokenKind.OpenQuote,
        HclTokenKind.HeredocClose => HclTokenKind.HeredocOpen,
        HclTokenKind.TemplateSequenceEnd => HclTokenKind.InterpolationStart,
        _ => HclTokenKind.EndOfFile,
    };

    /// <summary>Skips to the <paramref name="end"/> that closes the current bracket and returns it (or the end of file).</summary>
    private int Recover(HclTokenKind end)
    {
        var start = Opposite(end);
        _recovery = true;
        var nest = 0;
        while (true)
        {
            var token = Read();
            var kind = Kind(token);
            if (end == HclTokenKind.TemplateSequenceEnd && kind == HclTokenKind.DirectiveStart)
            {
                kind = HclTokenKind.InterpolationStart;
            }

            if (kind == HclTokenKind.EndOfFile)
            {
                return token;
            }

            if (kind == start)
            {
                nest++;
            }
            else if (kind == end)
            {
                if (nest < 1)
                {
                    return token;
                }

                nest--;
            }
        }
    }

    private void RecoverOver(HclTokenKind start)
    {
        while (true)
        {
            var kind = Kind(Read());
            if (kind == start || kind == HclTokenKind.EndOfFile)
            {
                break;
            }
        }

        Recover(Opposite(start));
    }

    private void RecoverAfterBodyItem()
    {
        _recovery = true;
        var open = _openBrackets;
        open.Clear();
        while (true)
        {
            var kind = Kind(Read());
            switch (kind)
            {
                case HclTokenKind.Newline when open.Count == 0:
                case HclTokenKind.EndOfFile:
                    return;
                case HclTokenKind.OpenBrace or HclTokenKind.OpenBracket or HclTokenKind.OpenParen or HclTokenKind.OpenQuote
                    or HclTokenKind.HeredocOpen or HclTokenKind.InterpolationStart or HclTokenKind.DirectiveStart:
                    open.Add(kind);
                    break;
                case HclTokenKind.CloseBrace or HclTokenKind.CloseBracket or HclTokenKind.CloseParen or HclTokenKind.CloseQuote
                    or HclTokenKind.HeredocClose:
                    var opener = Opposite(kind);
                    while (open.Count > 0 && open[^1] != opener)
                    {
                        open.RemoveAt(open.Count - 1);
                    }

                    if (open.Count > 0)
                    {
                        open.RemoveAt(open.Count - 1);
                    }

                    break;
                case HclTokenKind.TemplateSequenceEnd:
                    while (open.Count > 0 && open[^1] is not (HclTokenKind.InterpolationStart or HclTokenKind.DirectiveStart))
                    {
                        open.RemoveAt(open.Count - 1);
                    }

                    if (open.Count > 0)
                    {
                        open.RemoveAt(open.Count - 1);
                    }

                    break;
            }
        }
    }
}
