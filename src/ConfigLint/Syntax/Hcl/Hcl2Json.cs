using System.Text;
using System.Text.Json;

namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// Converts a valid HCL tree into the JSON document <c>hcl2json</c> (npm <c>@cdktf/hcl2json</c>) produces: blocks
/// nested by type and labels into arrays of objects, literal values as JSON values, strings with their template
/// sequences, and any other expression as <c>"${source}"</c>. Keys are sorted as Go sorts them (by code point).
/// </summary>
public sealed class Hcl2Json
{
    private readonly HclSyntaxTree _tree;
    private readonly string _text;
    private string? _error;

    private Hcl2Json(HclSyntaxTree tree)
    {
        _tree = tree;
        _text = tree.Text.Content;
    }

    /// <summary>
    /// Writes the document for <paramref name="tree"/>. Returns false, writing nothing, when the file has syntax errors
    /// or blocks that the hcl2json shape cannot hold (a block with labels next to one without); <paramref name="error"/>
    /// says why.
    /// </summary>
    public static bool TryWrite(HclSyntaxTree tree, Utf8JsonWriter writer, out string? error)
    {
        if (!tree.IsValid)
        {
            error = tree.ParseDiagnostics[0].Message;
            return false;
        }

        var converter = new Hcl2Json(tree);
        var document = converter.ConvertBody(tree.Root);
        error = converter._error;
        if (error is not null)
        {
            return false;
        }

        WriteValue(writer, document);
        return true;
    }

    private sealed record JsonNumber(string Text);

    private Dictionary<string, object?> ConvertBody(HclBody body)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var block in body.Blocks)
        {
            ConvertBlock(block, result);
        }

        foreach (var attribute in body.Attributes)
        {
            result[attribute.Name] = ConvertExpression(attribute.Expression);
        }

        return result;
    }

    private void ConvertBlock(HclBlock block, Dictionary<string, object?> output)
    {
        var key = block.Type;
        var target = output;
        foreach (var label in block.Labels)
        {
            if (target.TryGetValue(key, out var existing))
            {
                if (existing is not Dictionary<string, object?> nested)
                {
                    Fail($"Unable to convert Block to JSON: {block.Type}.{string.Join('.', block.Labels.Select(l => l.Value))}");
                    return;
                }

                target = nested;
            }
            else
            {
                var nested = new Dictionary<string, object?>(StringComparer.Ordinal);
                target[key] = nested;
                target = nested;
            }

            key = label.Value;
        }

        var value = ConvertBody(block.Body);
        if (target.TryGetValue(key, out var current))
        {
            if (current is List<object?> list)
            {
                list.Add(value);
            }
            else
            {
                Fail($"invalid HCL detected for \"{key}\" block, cannot have blocks with and without labels");
            }
        }
        else
        {
            target[key] = new List<object?> { value };
        }
    }

    private void Fail(string message) => _error ??= message;

    private object? ConvertExpression(HclExpression expression)
    {
        switch (expression.Kind)
        {
            case HclSyntaxKind.Literal:
                return LiteralValue(expression);
            case HclSyntaxKind.Unary:
                return ConvertUnary(expression);
            case HclSyntaxKind.Template when expression.IsPassthrough:
                return ConvertExpression(expression.First!.First!);
            case HclSyntaxKind.Template:
                return ConvertTemplate(Segments(expression));
            case HclSyntaxKind.Tuple:
                return expression.Operands.Select(ConvertExpression).ToList();
            case HclSyntaxKind.Object:
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var item in expression.Children.OfType<HclObjectItem>())
                {
                    var key = ConvertKey(item.Key);
                    result[key] = ConvertExpression(item.Value);
                }

                return result;
            default:
                return Wrap(expression);
        }
    }

    private object? LiteralValue(HclExpression literal) => literal.ToString() switch
    {
        "true" => true,
        "false" => false,
        "null" => null,
        var number => new JsonNumber(HclNumber.Format(number)),
    };

    private object? ConvertUnary(HclExpression unary)
    {
        var operand = unary.First!;
        if (operand.Kind != HclSyntaxKind.Literal)
        {
            return Wrap(unary);
        }

        var value = operand.ToString();
        if (unary.Operator == HclTokenKind.Minus)
        {
            if (value is "true" or "false" or "null")
            {
                Fail("Invalid operand: Unsuitable value for unary operand: number required.");
                return null;
            }

            return new JsonNumber(HclNumber.Format(value, negate: true));
        }

        if (value is "true" or "false")
        {
            return value == "false";
        }

        Fail("Invalid operand: Unsuitable value for unary operand: bool required.");
        return null;
    }

    /// <summary>The source of an expression as hcl2json takes it: its range, plus a ')' right after it.</summary>
    private string RangeSource(HclSyntaxNode node)
    {
        var span = node.Span;
        var end = span.End < _text.Length && _text[span.End] == ')' ? span.End + 1 : span.End;
        return _text[span.Start..end];
    }

    private string Wrap(HclSyntaxNode node) => "${" + RangeSource(node) + "}";

    private static string Escape(string literal) =>
        literal.Contains("${", StringComparison.Ordinal) || literal.Contains("%{", StringComparison.Ordinal)
            ? literal.Replace("${", "$${", StringComparison.Ordinal).Replace("%{", "%%{", StringComparison.Ordinal)
            : literal;

    private string ConvertKey(HclExpression key)
    {
        if (IsScopeTraversal(key))
        {
            return RangeSource(key);
        }

        return ConvertStringPart(key);
    }

    private static bool IsScopeTraversal(HclExpression expression)
    {
        while (true)
        {
            switch (expression.Kind)
            {
                case HclSyntaxKind.Variable:
                    return true;
                case HclSyntaxKind.GetAttribute or HclSyntaxKind.LegacyIndex:
                    expression = expression.First!;
                    continue;
                case HclSyntaxKind.Index:
                    var index = (HclExpression)expression.Children[1];
                    if (index.Kind != HclSyntaxKind.Literal && !(index.Kind == HclSyntaxKind.Template && index.TryGetStaticString(out _)))
                    {
                        return false;
                    }

                    expression = expression.First!;
                    continue;
                default:
                    return false;
            }
        }
    }

    // ---- templates: HCL's structure of literals, interpolations, if and for ----

    private abstract record Segment;

    private sealed record LiteralSegment(string Text) : Segment;

    private sealed record InterpolationSegment(HclExpression Expression) : Segment;

    private sealed record IfSegment(HclExpression Condition, List<Segment> True, List<Segment> False) : Segment;

    private sealed record ForSegment(HclExpression Directive, List<Segment> Body) : Segment;

    private static List<Segment> Segments(HclExpression template)
    {
        var parts = template.TemplateParts;
        var index = 0;
        return ReadSegments(parts, ref index);
    }

    private static List<Segment> ReadSegments(IReadOnlyList<HclTemplatePart> parts, ref int index)
    {
        var result = new List<Segment>();
        while (index < parts.Count)
        {
            var part = parts[index];
            if (part.IsLiteral)
            {
                result.Add(new LiteralSegment(part.Literal!));
                index++;
                continue;
            }

            var node = part.Node!;
            switch (node.Kind)
            {
                case HclSyntaxKind.Interpolation:
                    result.Add(new InterpolationSegment(node.First!));
                    index++;
                    continue;
                case HclSyntaxKind.IfDirective:
                    index++;
                    var whenTrue = ReadSegments(parts, ref index);
                    var whenFalse = new List<Segment>();
                    if (index < parts.Count && parts[index].Node?.Kind == HclSyntaxKind.ElseDirective)
                    {
                        index++;
                        whenFalse = ReadSegments(parts, ref index);
                    }

                    index++; // endif
                    result.Add(new IfSegment(node.First!, OrEmpty(whenTrue), OrEmpty(whenFalse)));
                    continue;
                case HclSyntaxKind.ForDirective:
                    index++;
                    var body = ReadSegments(parts, ref index);
                    index++; // endfor
                    result.Add(new ForSegment(node, OrEmpty(body)));
                    continue;
                default:
                    // else, endif, endfor: the caller's closer.
                    return result;
            }
        }

        return result;
    }

    private static List<Segment> OrEmpty(List<Segment> segments)
    {
        if (segments.Count == 0)
        {
            segments.Add(new LiteralSegment(string.Empty));
        }

        return segments;
    }

    private string ConvertTemplate(List<Segment> segments)
    {
        if (segments.Count == 1)
        {
            // A single literal part, text or a literal value, is converted through its value.
            switch (segments[0])
            {
                case LiteralSegment literal:
                    return Escape(literal.Text);
                case InterpolationSegment { Expression.Kind: HclSyntaxKind.Literal } interpolation:
                    var value = interpolation.Expression.ToString();
                    if (value == "null")
                    {
                        Fail("Invalid template interpolation value: The expression result is null.");
                        return string.Empty;
                    }

                    return Escape(value is "true" or "false" ? value : HclNumber.Format(value));
            }
        }

        // Like hcl2json, the first part that fails makes the whole template fail with an empty result.
        var errorBefore = _error;
        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            builder.Append(ConvertSegment(segment));
            if (_error != errorBefore)
            {
                return string.Empty;
            }
        }

        return builder.ToString();
    }

    private string ConvertSegment(Segment segment) => segment switch
    {
        LiteralSegment literal => Escape(literal.Text),
        InterpolationSegment interpolation => ConvertStringPart(interpolation.Expression),
        IfSegment conditional => ConvertIf(conditional),
        ForSegment loop => ConvertFor(loop),
        _ => string.Empty,
    };

    private string ConvertIf(IfSegment conditional)
    {
        var errorBefore = _error;
        var whenTrue = ConvertTemplate(conditional.True);
        if (_error != errorBefore)
        {
            // hcl2json drops the whole conditional, without an error, when its true branch fails.
            _error = errorBefore;
            return string.Empty;
        }

        var whenFalse = ConvertTemplate(conditional.False);
        whenFalse = _error != errorBefore ? string.Empty : whenFalse;
        _error = errorBefore;
        return Conditional(RangeSource(conditional.Condition), whenTrue, whenFalse);
    }

    private static string Conditional(string condition, string whenTrue, string whenFalse) =>
        "%{if " + condition + "}" + whenTrue + (whenFalse.Length > 0 ? "%{else}" + whenFalse : string.Empty) + "%{endif}";

    private string ConvertFor(ForSegment loop)
    {
        var directive = loop.Directive;
        var key = directive.KeyVariable;
        var errorBefore = _error;
        var body = ConvertTemplate(loop.Body);
        if (_error != errorBefore)
        {
            return string.Empty;
        }

        return "%{for " + (key is null ? string.Empty : key + ", ") + directive.ValueVariable + " in " + RangeSource(directive.First!) + "}"
            + body + "%{endfor}";
    }

    private string ConvertStringPart(HclExpression expression)
    {
        switch (expression.Kind)
        {
            case HclSyntaxKind.Literal:
                var value = expression.ToString();
                return value is "true" or "false" or "null" ? value : HclNumber.Format(value);
            case HclSyntaxKind.Template when expression.IsPassthrough:
                return ConvertStringPart(expression.First!.First!);
            case HclSyntaxKind.Template:
                return ConvertTemplate(Segments(expression));
            case HclSyntaxKind.Conditional:
                var children = expression.Operands.ToList();
                var errorBefore = _error;
                var whenTrue = ConvertStringPart(children[1]);
                if (_error != errorBefore)
                {
                    _error = errorBefore;
                    return string.Empty;
                }

                var whenFalse = ConvertStringPart(children[2]);
                whenFalse = _error != errorBefore ? string.Empty : whenFalse;
                _error = errorBefore;
                return Conditional(RangeSource(children[0]), whenTrue, whenFalse);
            default:
                return Wrap(expression);
        }
    }

    // ---- output ----

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case JsonNumber number:
                writer.WriteRawValue(number.Text, skipInputValidation: true);
                break;
            case List<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            case Dictionary<string, object?> map:
                writer.WriteStartObject();
                var keys = map.Keys.ToArray();
                Array.Sort(keys, CompareCodePoints);
                foreach (var key in keys)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, map[key]);
                }

                writer.WriteEndObject();
                break;
        }
    }

    /// <summary>Orders strings by Unicode code point, which is the byte order of their UTF-8 form (Go's order).</summary>
    private static int CompareCodePoints(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x == y)
            {
                continue;
            }

            // Surrogates (supplementary characters) sort after every other UTF-16 unit in code point order.
            var xs = char.IsSurrogate(x);
            var ys = char.IsSurrogate(y);
            if (xs != ys)
            {
                return xs ? 1 : -1;
            }

            return x.CompareTo(y);
        }

        return a.Length.CompareTo(b.Length);
    }
}
