using System.Text;

namespace ConfigLint.Tests.Syntax.Hcl;

/// <summary>
/// Writes random, well-formed HCL (every production: blocks, one-line blocks, all expression forms, templates with
/// directives and strip markers, heredocs, comments, CRLF) and mutates it into mostly broken HCL. Deterministic
/// for a seed, so a failing case can be written out again.
/// </summary>
public sealed class HclGenerator(int seed)
{
    private static readonly string[] Names =
        ["name", "bucket", "region", "tags", "count", "vpc_id", "cidr_block", "enabled", "port", "image", "env", "a", "b", "x", "café", "名前", "dash-ed"];

    private static readonly string[] Words = ["web", "api", "prod", "eu-west-1", "10.0.0.0/16", "hello world", "x", "", "ü∂ß", "a b c"];

    private static readonly string[] BlockTypes = ["resource", "data", "variable", "locals", "module", "dynamic", "ingress", "lifecycle", "tags"];

    private static readonly string[] Functions = ["length", "merge", "concat", "lookup", "format", "jsonencode", "upper", "try", "coalesce", "cidrsubnet"];

    private static readonly string[] MutationAlphabet =
        ["{", "}", "[", "]", "(", ")", "\"", "=", ",", ".", ":", "?", "!", "<", ">", "-", "+", "*", "/", "%", "$", "#", "~", "\n", " ", "\\", "'", "a", "1", "${", "%{", "<<EOT\n", "...", "=>", "&&", "::", "@", "\t", "\r\n"];

    private readonly Random _random = new(seed);
    private StringBuilder _out = new();
    private int _depth;
    private bool _crlf;

    /// <summary>A well-formed file.</summary>
    public string WellFormed()
    {
        _out = new StringBuilder();
        _depth = 0;
        _crlf = _random.Next(12) == 0;
        if (_random.Next(3) == 0)
        {
            Comment();
        }

        Body(topLevel: true);
        if (_random.Next(10) == 0 && _out.Length > 0 && _out[^1] == '\n' && !_out.ToString().Contains("<<", StringComparison.Ordinal))
        {
            // (A heredoc's closing marker needs its line break, so files with heredocs keep theirs.)
            // Some files end without a final line break.
            _out.Length -= _crlf ? 2 : 1;
        }

        return _out.ToString();
    }

    /// <summary>A well-formed file with one to three random edits: most no longer parse.</summary>
    public string Mutated()
    {
        var text = WellFormed();
        var edits = 1 + _random.Next(3);
        for (var i = 0; i < edits; i++)
        {
            text = Mutate(text);
        }

        return text;
    }

    private string Mutate(string text)
    {
        var at = text.Length == 0 ? 0 : _random.Next(text.Length);
        switch (_random.Next(6))
        {
            case 0 when text.Length > 0:
                return text.Remove(at, 1);
            case 1 when text.Length > 1 && at + 1 < text.Length:
                return text[..at] + text[at + 1] + text[at] + text[(at + 2)..];
            case 2:
                var lines = text.Split('\n').ToList();
                var line = _random.Next(lines.Count);
                if (_random.Next(2) == 0)
                {
                    lines.Insert(line, lines[line]);
                }
                else
                {
                    lines.RemoveAt(line);
                }

                return string.Join('\n', lines);
            case 3:
                return text[..at];
            default:
                return text.Insert(at, MutationAlphabet[_random.Next(MutationAlphabet.Length)]);
        }
    }

    private void Newline() => _out.Append(_crlf ? "\r\n" : "\n");

    private void Indent() => _out.Append(' ', _depth * 2);

    private void Comment()
    {
        switch (_random.Next(3))
        {
            case 0:
                _out.Append("# ").Append(Pick(Words));
                break;
            case 1:
                _out.Append("// ").Append(Pick(Words));
                break;
            default:
                _out.Append("/* ").Append(Pick(Words)).Append(" */");
                break;
        }

        Newline();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void Body(bool topLevel)
    {
        var used = new HashSet<string>();
        var items = topLevel ? 1 + _random.Next(6) : _random.Next(4);
        for (var i = 0; i < items; i++)
        {
            if (_random.Next(6) == 0)
            {
                Indent();
                Comment();
            }

            if (_random.Next(8) == 0)
            {
                Newline();
            }

            Indent();
            if (_depth < 3 && _random.Next(3) == 0)
            {
                Block();
                continue;
            }

            var name = Pick(Names);
            while (!used.Add(name))
            {
                name += "_" + used.Count;
            }

            _out.Append(name).Append(_random.Next(4) == 0 ? "   = " : " = ");
            if (_random.Next(10) == 0)
            {
                // A heredoc's closing line ends the argument by itself.
                Heredoc(0);
                continue;
            }

            Expression(0);
            if (_random.Next(8) == 0)
            {
                _out.Append(" # trailing");
            }

            Newline();
        }
    }

    private void Block()
    {
        // Each block type keeps one number of labels: hcl2json cannot hold "a {}" next to "a \"x\" {}".
        var type = _random.Next(BlockTypes.Length);
        _out.Append(BlockTypes[type]);
        var labels = type switch { 0 or 1 => 2, 2 or 4 or 5 => 1, _ => 0 };
        for (var i = 0; i < labels; i++)
        {
            _out.Append(' ');
            if (_random.Next(5) == 0)
            {
                _out.Append(Pick(Names));
            }
            else
            {
                _out.Append('"').Append(Pick(["aws_s3_bucket", "main", "this", "x", "a\\tb", "ünï"])).Append('"');
            }
        }

        _out.Append(" {");
        if (_random.Next(5) == 0)
        {
            // One-line block with at most one argument.
            if (_random.Next(2) == 0)
            {
                _out.Append(' ').Append(Pick(Names)).Append(" = ");
                Expression(2);
                _out.Append(' ');
            }

            _out.Append('}');
            Newline();
            return;
        }

        Newline();
        _depth++;
        Body(topLevel: false);
        _depth--;
        Indent();
        _out.Append('}');
        Newline();
    }

    private void Expression(int level)
    {
        if (level > 4)
        {
            Literal();
            return;
        }

        switch (_random.Next(16))
        {
            case 0 or 1:
                Literal();
                break;
            case 2 or 3:
                QuotedTemplate(level);
                break;
            case 4:
                // Inside parentheses a heredoc can be an operand: the line break after its marker is ignored there.
                _out.Append('(');
                Heredoc(level);
                Indent();
                _out.Append(')');
                break;
            case 5 or 6:
                Traversal(level);
                break;
            case 7:
                FunctionCall(level);
                break;
            case 8:
                Tuple(level);
                break;
            case 9:
                Object(level);
                break;
            case 10:
                For(level);
                break;
            case 11:
                Expression(level + 1);
                _out.Append(" ? ");
                Expression(level + 1);
                _out.Append(" : ");
                Expression(level + 1);
                break;
            case 12 or 13:
                Expression(level + 1);
                _out.Append(' ').Append(Pick(["+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||"])).Append(' ');
                Expression(level + 1);
                break;
            case 14:
                // Literal operands must suit the operator: hcl2json evaluates "-1" and "!true" and fails on "-true".
                if (_random.Next(2) == 0)
                {
                    _out.Append('-');
                    Term(level + 1, ["0", "1", "2.5", "1e3"]);
                }
                else
                {
                    _out.Append('!');
                    Term(level + 1, ["true", "false"]);
                }

                break;
            default:
                _out.Append('(');
                Expression(level + 1);
                _out.Append(')');
                break;
        }
    }

    private void Term(int level, string[] literals)
    {
        switch (_random.Next(4))
        {
            case 0:
                _out.Append(Pick(literals));
                break;
            case 1:
                Traversal(level);
                break;
            case 2:
                FunctionCall(level);
                break;
            default:
                _out.Append('(');
                Expression(level + 1);
                _out.Append(')');
                break;
        }
    }

    private void Literal() => _out.Append(Pick(["0", "1", "42", "3.14", "1e3", "2.5E-2", "100000000000000000000", "007", "1.50", "true", "false", "null"]));

    private void Traversal(int level)
    {
        _out.Append(Pick(["var", "local", "aws_instance", "module", "each", "count", "path", "self", "data"]));
        var steps = _random.Next(4);
        var afterLegacyIndex = false;
        var inAttributeSplat = false;
        for (var i = 0; i < steps; i++)
        {
            var step = _random.Next(8);

            // ".0.1" would lex as the number 0.1, and a ".*" inside a ".*" chain is a nested splat: both invalid.
            if ((step == 3 && afterLegacyIndex) || (step == 5 && inAttributeSplat))
            {
                step = 7;
            }

            afterLegacyIndex = step == 3;
            inAttributeSplat = step == 5 || (inAttributeSplat && step is 3 or 6 or 7);
            switch (step)
            {
                case 0:
                    _out.Append('[').Append(_random.Next(3)).Append(']');
                    break;
                case 1:
                    _out.Append("[\"").Append(Pick(Names)).Append("\"]");
                    break;
                case 2 when level < 4:
                    _out.Append('[');
                    Expression(level + 1);
                    _out.Append(']');
                    break;
                case 3:
                    _out.Append('.').Append(_random.Next(3));
                    break;
                case 4:
                    _out.Append("[*]");
                    break;
                case 5:
                    _out.Append(".*");
                    break;
                default:
                    _out.Append('.').Append(Pick(Names));
                    break;
            }
        }
    }

    private void FunctionCall(int level)
    {
        if (_random.Next(6) == 0)
        {
            _out.Append("provider::").Append(Pick(["aws", "terraform"])).Append("::").Append(Pick(["arn_parse", "encode_tfvars"]));
        }
        else
        {
            _out.Append(Pick(Functions));
        }

        _out.Append('(');
        var arguments = _random.Next(4);
        for (var i = 0; i < arguments; i++)
        {
            if (i > 0)
            {
                _out.Append(", ");
            }

            Expression(level + 1);
        }

        if (arguments > 0 && _random.Next(6) == 0)
        {
            _out.Append("...");
        }
        else if (arguments > 0 && _random.Next(6) == 0)
        {
            _out.Append(',');
        }

        _out.Append(')');
    }

    private void Tuple(int level)
    {
        var multiline = _random.Next(3) == 0;
        var count = _random.Next(4);
        _out.Append('[');
        for (var i = 0; i < count; i++)
        {
            if (multiline)
            {
                Newline();
                _out.Append(' ', (_depth + 1) * 2);
            }
            else if (i > 0)
            {
                _out.Append(' ');
            }

            Expression(level + 1);
            if (i < count - 1 || (multiline && _random.Next(2) == 0))
            {
                _out.Append(',');
            }

            if (multiline && _random.Next(5) == 0)
            {
                _out.Append(" # item");
            }
        }

        if (multiline)
        {
            Newline();
            Indent();
        }

        _out.Append(']');
    }

    private void Object(int level)
    {
        var multiline = _random.Next(2) == 0;
        var count = _random.Next(4);
        var used = new HashSet<string>();
        _out.Append('{');
        for (var i = 0; i < count; i++)
        {
            if (multiline)
            {
                Newline();
                _out.Append(' ', (_depth + 1) * 2);
            }
            else
            {
                _out.Append(' ');
            }

            switch (_random.Next(5))
            {
                case 0:
                    _out.Append('"').Append(Pick(Words)).Append('"');
                    break;
                case 1:
                    _out.Append('(');
                    Traversal(level + 1);
                    _out.Append(')');
                    break;
                default:
                    var key = Pick(Names);
                    _out.Append(used.Add(key) ? key : key + "_" + i);
                    break;
            }

            _out.Append(_random.Next(4) == 0 ? ": " : " = ");
            Expression(level + 1);
            if (!multiline && i < count - 1)
            {
                _out.Append(',');
            }
            else if (multiline && _random.Next(3) == 0)
            {
                _out.Append(',');
            }
        }

        if (multiline)
        {
            Newline();
            Indent();
        }
        else if (count > 0)
        {
            _out.Append(' ');
        }

        _out.Append('}');
    }

    private void For(int level)
    {
        var isObject = _random.Next(2) == 0;
        _out.Append(isObject ? "{" : "[").Append("for ");
        if (_random.Next(2) == 0)
        {
            _out.Append("k, ");
        }

        _out.Append("v in ");
        Traversal(level + 1);
        _out.Append(" : ");
        if (isObject)
        {
            Expression(level + 1);
            _out.Append(" => ");
        }

        Expression(level + 1);
        if (isObject && _random.Next(4) == 0)
        {
            _out.Append("...");
        }

        if (_random.Next(3) == 0)
        {
            _out.Append(" if ");
            Expression(level + 1);
        }

        _out.Append(isObject ? "}" : "]");
    }

    private void QuotedTemplate(int level)
    {
        _out.Append('"');
        TemplateContent(level, quoted: true, 1 + _random.Next(4));
        _out.Append('"');
    }

    private void TemplateContent(int level, bool quoted, int parts)
    {
        for (var i = 0; i < parts; i++)
        {
            switch (_random.Next(level > 3 ? 2 : 7))
            {
                case 0:
                    _out.Append(Pick(Words));
                    break;
                case 1:
                    _out.Append(quoted ? Pick(["\\n", "\\t", "\\\"", "\\\\", "\\u00e9", "\\U0001F600", "$${x}", "%%{y}", " $ ", " % "]) : Pick(["$${x}", "%%{y}", " $ ", "\t"]));
                    break;
                case 2 or 3:
                    _out.Append(Pick(["${", "${~ ", "${ "]));
                    Expression(level + 1);
                    _out.Append(Pick(["}", " ~}", " }"]));
                    break;
                case 4:
                    _out.Append(Pick(["%{ if ", "%{if ", "%{~ if "]));
                    Expression(level + 1);
                    _out.Append(Pick(["}", " ~}"]));
                    TemplateContent(level + 1, quoted, 1 + _random.Next(2));
                    if (_random.Next(2) == 0)
                    {
                        _out.Append(Pick(["%{ else }", "%{~ else ~}", "%{else}"]));
                        TemplateContent(level + 1, quoted, 1 + _random.Next(2));
                    }

                    _out.Append(Pick(["%{ endif }", "%{endif ~}", "%{~ endif}"]));
                    break;
                case 5:
                    _out.Append(Pick(["%{ for v in ", "%{for k, v in ", "%{~ for v in "]));
                    Traversal(level + 1);
                    _out.Append(Pick(["}", " ~}"]));
                    TemplateContent(level + 1, quoted, 1 + _random.Next(2));
                    _out.Append(Pick(["%{ endfor }", "%{~ endfor ~}"]));
                    break;
                default:
                    if (!quoted)
                    {
                        Newline();
                        _out.Append(' ', _random.Next(6));
                    }
                    else
                    {
                        _out.Append(' ');
                    }

                    break;
            }
        }
    }

    private void Heredoc(int level)
    {
        var flush = _random.Next(2) == 0;
        var marker = Pick(["EOT", "EOF", "POLICY", "END"]);
        _out.Append(flush ? "<<-" : "<<").Append(marker);
        Newline();
        var lines = 1 + _random.Next(4);
        for (var i = 0; i < lines; i++)
        {
            _out.Append(' ', flush ? 2 + _random.Next(4) : _random.Next(3));
            TemplateContent(level + 1, quoted: false, 1 + _random.Next(3));
            Newline();
        }

        _out.Append(' ', flush ? _random.Next(3) : 0).Append(marker);
        Newline();
    }
}
