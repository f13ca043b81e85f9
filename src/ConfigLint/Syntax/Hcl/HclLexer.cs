using System.Globalization;
using System.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// Splits HCL native syntax into tokens the way HashiCorp's scanner does: the same token boundaries inside
/// templates (they decide what the strip markers <c>~</c> strip), the same heredoc closing rule, and the same
/// reports for characters that never belong in HCL, in the same order.
/// </summary>
internal sealed class HclLexer
{
    private enum Mode : byte
    {
        Main,
        Quoted,
        Heredoc,

        /// <summary>A template without quotes or markers: the whole text (Terraform JSON strings, template files).</summary>
        Bare,
    }

    private struct OpenHeredoc
    {
        public int MarkerStart;
        public int MarkerLength;
        public bool StartOfLine;
    }

    private readonly string _text;
    private readonly HclTokenStore _tokens;
    private readonly List<HclDiagnostic> _diagnostics;
    private readonly List<Mode> _modes = [Mode.Main];
    private readonly List<int> _returnBraces = [];
    private readonly List<OpenHeredoc> _heredocs = [];
    private int _position;
    private int _braces;
    private int _toldBitwise;
    private int _toldBacktick;
    private int _toldApostrophe;
    private bool _toldSemicolon;

    private HclLexer(string text, List<HclDiagnostic> diagnostics)
    {
        _text = text;
        _tokens = new HclTokenStore(text);
        _diagnostics = diagnostics;
    }

    /// <summary>Lexes <paramref name="text"/>; reports invalid characters into <paramref name="diagnostics"/>.</summary>
    public static HclTokenStore Lex(string text, List<HclDiagnostic> diagnostics, bool template = false)
    {
        var lexer = new HclLexer(text, diagnostics);
        if (template)
        {
            lexer._modes[0] = Mode.Bare;
        }

        lexer.Run();
        return lexer._tokens;
    }

    private void Run()
    {
        while (_position < _text.Length)
        {
            switch (_modes[^1])
            {
                case Mode.Main:
                    LexMain();
                    break;
                case Mode.Quoted:
                    LexQuoted();
                    break;
                case Mode.Bare:
                    LexBare();
                    break;
                default:
                    LexHeredoc();
                    break;
            }
        }

        _tokens.Add(HclTokenKind.EndOfFile, _text.Length);
    }

    private char At(int offset) => offset < _text.Length ? _text[offset] : '\0';

    private void Emit(HclTokenKind kind, int end)
    {
        _tokens.Add(kind, end);
        _position = end;
    }

    private void LexMain()
    {
        var text = _text;
        var p = _position;
        var c = text[p];
        switch (c)
        {
            case ' ' or '\t':
                while (p < text.Length && text[p] is ' ' or '\t')
                {
                    p++;
                }

                _position = p;
                return;
            case '\n':
                Emit(HclTokenKind.Newline, p + 1);
                return;
            case '\r':
                if (At(p + 1) == '\n')
                {
                    Emit(HclTokenKind.Newline, p + 2);
                }
                else
                {
                    EmitInvalid(p + 1);
                }

                return;
            case '#':
                EmitLineComment(p);
                return;
            case '/':
                if (At(p + 1) == '/')
                {
                    EmitLineComment(p);
                }
                else if (At(p + 1) == '*')
                {
                    var close = text.IndexOf("*/", p + 2, StringComparison.Ordinal);

                    // HashiCorp's scanner falls back to a plain slash when a block comment never ends.
                    Emit(close < 0 ? HclTokenKind.Slash : HclTokenKind.Comment, close < 0 ? p + 1 : close + 2);
                }
                else
                {
                    Emit(HclTokenKind.Slash, p + 1);
                }

                return;
            case '"':
                Emit(HclTokenKind.OpenQuote, p + 1);
                _modes.Add(Mode.Quoted);
                return;
            case '<':
                if (At(p + 1) == '<' && TryLexHeredocOpen(p))
                {
                    return;
                }

                Emit(At(p + 1) == '=' ? HclTokenKind.LessThanEquals : HclTokenKind.LessThan, At(p + 1) == '=' ? p + 2 : p + 1);
                return;
            case '>':
                EmitOneOrTwo(p, '=', HclTokenKind.GreaterThanEquals, HclTokenKind.GreaterThan);
                return;
            case '=':
                if (At(p + 1) == '>')
                {
                    Emit(HclTokenKind.FatArrow, p + 2);
                }
                else
                {
                    EmitOneOrTwo(p, '=', HclTokenKind.EqualsEquals, HclTokenKind.Equals);
                }

                return;
            case '!':
                EmitOneOrTwo(p, '=', HclTokenKind.NotEquals, HclTokenKind.Bang);
                return;
            case ':':
                EmitOneOrTwo(p, ':', HclTokenKind.DoubleColon, HclTokenKind.Colon);
                return;
            case '&':
                if (At(p + 1) == '&')
                {
                    Emit(HclTokenKind.AmpersandAmpersand, p + 2);
                }
                else
                {
                    EmitBitwise(HclTokenKind.Ampersand, p, " Did you mean boolean AND (\"&&\")?");
                }

                return;
            case '|':
                if (At(p + 1) == '|')
                {
                    Emit(HclTokenKind.BarBar, p + 2);
                }
                else
                {
                    EmitBitwise(HclTokenKind.Bar, p, " Did you mean boolean OR (\"||\")?");
                }

                return;
            case '^':
                EmitBitwise(HclTokenKind.Caret, p, string.Empty);
                return;
            case '~':
                if (At(p + 1) == '}')
                {
                    CloseBrace(p + 2, eatsWhitespace: true);
                }
                else
                {
                    EmitBitwise(HclTokenKind.Tilde, p, " Did you mean boolean NOT (\"!\")?");
                }

                return;
            case '.':
                if (At(p + 1) == '.' && At(p + 2) == '.')
                {
                    Emit(HclTokenKind.Ellipsis, p + 3);
                }
                else
                {
                    Emit(HclTokenKind.Dot, p + 1);
                }

                return;
            case '{':
                _braces++;
                Emit(HclTokenKind.OpenBrace, p + 1);
                return;
            case '}':
                CloseBrace(p + 1, eatsWhitespace: false);
                return;
            case '[':
                Emit(HclTokenKind.OpenBracket, p + 1);
                return;
            case ']':
                Emit(HclTokenKind.CloseBracket, p + 1);
                return;
            case '(':
                Emit(HclTokenKind.OpenParen, p + 1);
                return;
            case ')':
                Emit(HclTokenKind.CloseParen, p + 1);
                return;
            case ',':
                Emit(HclTokenKind.Comma, p + 1);
                return;
            case '*':
                Emit(HclTokenKind.Star, p + 1);
                return;
            case '+':
                Emit(HclTokenKind.Plus, p + 1);
                return;
            case '-':
                Emit(HclTokenKind.Minus, p + 1);
                return;
            case '?':
                Emit(HclTokenKind.Question, p + 1);
                return;
            case '%':
                Emit(HclTokenKind.Percent, p + 1);
                return;
            case ';':
                Emit(HclTokenKind.Semicolon, p + 1);
                if (!_toldSemicolon)
                {
                    _toldSemicolon = true;
                    Report(p, p + 1, "Invalid character",
                        "The \";\" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.");
                }

                return;
            case '`':
                Emit(HclTokenKind.Backtick, p + 1);

                // Only every other backtick is reported, so a backtick-quoted string gets one report, not two.
                if (_toldBacktick % 2 == 0)
                {
                    Report(p, p + 1, "Invalid character",
                        "The \"`\" character is not valid. To create a multi-line string, use the \"heredoc\" syntax, like \"<<EOT\".");
                }

                if (_toldBacktick <= 2)
                {
                    _toldBacktick++;
                }

                return;
            case '\'':
                Emit(HclTokenKind.Apostrophe, p + 1);
                if (_toldApostrophe % 2 == 0)
                {
                    Report(p, p + 1, "Invalid character", "Single quotes are not valid. Use double quotes (\") to enclose strings.");
                }

                if (_toldApostrophe <= 2)
                {
                    _toldApostrophe++;
                }

                return;
        }

        if (c is >= '0' and <= '9')
        {
            Emit(HclTokenKind.Number, ScanNumber(p));
            return;
        }

        var identifierEnd = ScanIdentifier(p);
        if (identifierEnd > p)
        {
            Emit(HclTokenKind.Identifier, identifierEnd);
            return;
        }

        EmitInvalid(p + (char.IsHighSurrogate(c) && char.IsLowSurrogate(At(p + 1)) ? 2 : 1));
    }

    private void EmitOneOrTwo(int p, char second, HclTokenKind twoKind, HclTokenKind oneKind)
    {
        if (At(p + 1) == second)
        {
            Emit(twoKind, p + 2);
        }
        else
        {
            Emit(oneKind, p + 1);
        }
    }

    private void EmitLineComment(int p)
    {
        var end = _text.IndexOf('\n', p);
        if (end < 0)
        {
            end = _text.Length;
        }
        else if (end > p && _text[end - 1] == '\r')
        {
            end--;
        }

        Emit(HclTokenKind.Comment, end);
    }

    private void EmitBitwise(HclTokenKind kind, int p, string suggestion)
    {
        Emit(kind, p + 1);
        if (_toldBitwise < 4)
        {
            _toldBitwise++;
            Report(p, p + 1, "Unsupported operator", "Bitwise operators are not supported." + suggestion);
        }
    }

    private void EmitInvalid(int end)
    {
        var start = _position;
        Emit(HclTokenKind.Invalid, end);
        var chars = _text.AsSpan(start, end - start);
        if (chars is "\u201C" or "\u201D")
        {
            Report(start, end, "Invalid character",
                "\"Curly quotes\" are not valid here. These can sometimes be inadvertently introduced when sharing code via documents or discussion forums. It might help to replace the character with a \"straight quote\".");
        }
        else
        {
            Report(start, end, "Invalid character", "This character is not used within the language.");
        }
    }

    private void Report(int start, int end, string summary, string detail) =>
        _diagnostics.Add(new HclDiagnostic(summary, detail, Text.TextSpan.FromBounds(start, end)));

    private void CloseBrace(int end, bool eatsWhitespace)
    {
        if (_returnBraces.Count > 0 && _returnBraces[^1] == _braces)
        {
            Emit(HclTokenKind.TemplateSequenceEnd, end);
            _braces--;
            _returnBraces.RemoveAt(_returnBraces.Count - 1);
            _modes.RemoveAt(_modes.Count - 1);
            return;
        }

        // A stray "~}" is still a sequence end so the parser can say it does not balance an ordinary brace.
        Emit(eatsWhitespace ? HclTokenKind.TemplateSequenceEnd : HclTokenKind.CloseBrace, end);
        _braces--;
    }

    private bool TryLexHeredocOpen(int p)
    {
        var i = p + 2;
        if (At(i) == '-')
        {
            i++;
        }

        var markerStart = i;
        var markerEnd = ScanIdentifier(i);
        if (markerEnd == i)
        {
            return false;
        }

        var end = markerEnd;
        if (At(end) == '\r')
        {
            end++;
        }

        if (At(end) != '\n')
        {
            return false;
        }

        Emit(HclTokenKind.HeredocOpen, end + 1);
        _heredocs.Add(new OpenHeredoc { MarkerStart = markerStart, MarkerLength = markerEnd - markerStart, StartOfLine = true });
        _modes.Add(Mode.Heredoc);
        return true;
    }

    private bool TryOpenSequence(int p)
    {
        var c = _text[p];
        if (c is not ('$' or '%') || At(p + 1) != '{')
        {
            return false;
        }

        var end = At(p + 2) == '~' ? p + 3 : p + 2;
        Emit(c == '$' ? HclTokenKind.InterpolationStart : HclTokenKind.DirectiveStart, end);
        _braces++;
        _returnBraces.Add(_braces);
        if (_heredocs.Count > 0)
        {
            var top = _heredocs[^1];
            top.StartOfLine = false;
            _heredocs[^1] = top;
        }

        _modes.Add(Mode.Main);
        return true;
    }

    private void LexQuoted()
    {
        var text = _text;
        var p = _position;
        var c = text[p];
        if (c == '"')
        {
            Emit(HclTokenKind.CloseQuote, p + 1);
            _modes.RemoveAt(_modes.Count - 1);
            return;
        }

        if (TryOpenSequence(p))
        {
            return;
        }

        if (c is '\r' or '\n')
        {
            var end = p;
            while (end < text.Length && text[end] is '\r' or '\n')
            {
                end++;
            }

            Emit(HclTokenKind.QuotedNewline, end);
            Report(p, end, "Invalid multi-line string",
                "Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the \"heredoc\" multi-line template syntax.");
            return;
        }

        var i = p;
        while (i < text.Length)
        {
            var ch = text[i];
            if (ch is '"' or '\r' or '\n')
            {
                break;
            }

            if (ch == '\\')
            {
                var next = At(i + 1);
                if (i + 1 >= text.Length || next is '\r' or '\n')
                {
                    break;
                }

                i += char.IsHighSurrogate(next) && char.IsLowSurrogate(At(i + 2)) ? 3 : 2;
                continue;
            }

            if (ch is '$' or '%')
            {
                if (!StepOverSign(ref i))
                {
                    break;
                }

                continue;
            }

            i++;
        }

        if (i > p)
        {
            Emit(HclTokenKind.QuotedLiteral, i);
        }
        else
        {
            // A backslash that escapes nothing (before a line break or the end of the file), or a "$" or "%" that
            // ends the file: HashiCorp's scanner needs one more character to decide what those are.
            EmitInvalid(p + 1);
        }
    }

    /// <summary>
    /// Bare template text: like a heredoc without a closing marker. A "$" or "%" that ends the text is literal here,
    /// and so is anything HashiCorp's scanner cannot read: in bare mode it takes the rest as text.
    /// </summary>
    private void LexBare()
    {
        var text = _text;
        var p = _position;
        if (TryOpenSequence(p))
        {
            return;
        }

        var i = p;
        while (i < text.Length)
        {
            var ch = text[i];
            if (ch == '\n')
            {
                i++;
                break;
            }

            if (ch is '$' or '%' && At(i + 1) == '{')
            {
                break;
            }

            i += ch is '$' or '%' && At(i + 1) == ch && At(i + 2) == '{' ? 3 : 1;
        }

        Emit(HclTokenKind.HeredocLiteral, i);
    }

    private void LexHeredoc()
    {
        var text = _text;
        var p = _position;
        if (TryOpenSequence(p))
        {
            return;
        }

        var i = p;
        var lineBreak = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (ch == '\n')
            {
                lineBreak = 1;
                i++;
                break;
            }

            if (ch == '\r')
            {
                if (At(i + 1) == '\n')
                {
                    lineBreak = 2;
                    i += 2;
                }

                break;
            }

            if (ch is '$' or '%')
            {
                if (!StepOverSign(ref i))
                {
                    break;
                }

                continue;
            }

            i++;
        }

        if (i == p)
        {
            // A carriage return without a line feed stops HashiCorp's scanner: the rest of the file is invalid.
            // So does a "$" or "%" that ends the file, which needs one more character to be read.
            EmitInvalid(text.Length);
            return;
        }

        var heredoc = _heredocs[^1];
        if (lineBreak > 0 && i - p > lineBreak)
        {
            // HashiCorp's scanner reads "$X" or "%X" (X one ASCII character, not "{") just before a line break as a
            // token of its own and the line break as the next one; a "${~" on the next line then strips only the
            // line break. Keep the same boundary. With "\r\n", "$\r" is such a pair and only "\n" follows.
            var lineStart = i - lineBreak;
            var split = -1;
            if (lineStart - 2 >= p && text[lineStart - 2] is '$' or '%' && text[lineStart - 1] is < (char)0x80 and not ('{' or '\n'))
            {
                split = lineStart;
            }
            else if (lineBreak == 2 && lineStart - 1 >= p && text[lineStart - 1] is '$' or '%')
            {
                split = lineStart + 1;
            }

            if (split > 0)
            {
                Emit(HclTokenKind.HeredocLiteral, split);
                heredoc.StartOfLine = true;
                _heredocs[^1] = heredoc;
                return;
            }
        }

        if (lineBreak > 0 && heredoc.StartOfLine)
        {
            var line = text.AsSpan(p, i - p).Trim();
            if (line.SequenceEqual(text.AsSpan(heredoc.MarkerStart, heredoc.MarkerLength)))
            {
                Emit(HclTokenKind.HeredocClose, i - lineBreak);
                Emit(HclTokenKind.Newline, i);
                _heredocs.RemoveAt(_heredocs.Count - 1);
                _modes.RemoveAt(_modes.Count - 1);
                return;
            }
        }

        Emit(HclTokenKind.HeredocLiteral, i);
        heredoc.StartOfLine = lineBreak > 0;
        _heredocs[^1] = heredoc;
    }

    /// <summary>
    /// Steps over a "$" or "%" at <paramref name="i"/> that is literal text: the escapes "$${" and "%%{" or a lone sign.
    /// False where it starts a sequence ("${", "%{") or ends the file (HashiCorp's scanner cannot read it there).
    /// </summary>
    private bool StepOverSign(ref int i)
    {
        var sign = _text[i];
        var next = At(i + 1);
        if (next == '{' || i + 1 == _text.Length)
        {
            return false;
        }

        i += next == sign && At(i + 2) == '{' ? 3 : 1;
        return true;
    }

    private int ScanNumber(int p)
    {
        // digit, then any run of digits, dots and exponents ("e5", "E+5") that does not end with a dot.
        var text = _text;
        var end = p + 1;
        var i = p + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                i++;
                end = i;
            }
            else if (c == '.')
            {
                i++;
            }
            else if (c is 'e' or 'E')
            {
                var j = i + 1;
                if (At(j) is '+' or '-')
                {
                    j++;
                }

                if (At(j) is >= '0' and <= '9')
                {
                    i = j + 1;
                    end = i;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>The end of an identifier starting at <paramref name="p"/> (<c>p</c> itself when there is none).</summary>
    private int ScanIdentifier(int p)
    {
        var text = _text;
        if (p >= text.Length)
        {
            return p;
        }

        var width = IdentifierCharWidth(text, p, start: true);
        if (width == 0)
        {
            return p;
        }

        var i = p + width;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '-' or '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                i++;
                continue;
            }

            if (c < 0x80)
            {
                break;
            }

            width = IdentifierCharWidth(text, i, start: false);
            if (width == 0)
            {
                break;
            }

            i += width;
        }

        return i;
    }

    private static int IdentifierCharWidth(string text, int index, bool start)
    {
        var c = text[index];
        if (c < 0x80)
        {
            return c is '_' or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (!start && c is (>= '0' and <= '9') or '-') ? 1 : 0;
        }

        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
        {
            return 0;
        }

        var category = Rune.GetUnicodeCategory(rune);
        var isStart = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.LetterNumber;
        if (isStart)
        {
            return consumed;
        }

        var isContinue = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
        return !start && isContinue ? consumed : 0;
    }
}
