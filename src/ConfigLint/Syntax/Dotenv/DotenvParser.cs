using System.Collections.Immutable;
using System.Text;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Dotenv;

/// <summary>
/// Reads a dotenv file into logical lines in Docker Compose's dialect. Never throws; a line it cannot
/// read becomes <see cref="DotenvLineKind.Malformed"/> with the reason, and reading goes on.
/// </summary>
public static class DotenvParser
{
    /// <summary>Parses a file.</summary>
    public static DotenvSyntaxTree Parse(string path, SourceText text)
    {
        var content = text.Content;
        var lines = ImmutableArray.CreateBuilder<DotenvLine>();
        var position = 0;
        while (position < content.Length)
        {
            var line = ParseLine(content, position);
            lines.Add(line);
            position = line.FullSpan.End;
        }

        return new DotenvSyntaxTree(path, text, lines.ToImmutable());
    }

    private static DotenvLine ParseLine(string content, int start)
    {
        var physicalEnd = EndOfPhysicalLine(content, start);
        var i = SkipBlanks(content, start, physicalEnd);
        if (i == physicalEnd)
        {
            return Simple(DotenvLineKind.Blank, content, start, physicalEnd, comment: null);
        }

        if (content[i] == '#')
        {
            return Simple(DotenvLineKind.Comment, content, start, physicalEnd, TextSpan.FromBounds(i, physicalEnd));
        }

        TextSpan? export = null;
        if (IsExportKeyword(content, i, physicalEnd))
        {
            export = new TextSpan(i, 6);
            i = SkipBlanks(content, i + 6, physicalEnd);
        }

        var keyStart = i;
        while (i < physicalEnd && content[i] != '=' && !IsBlank(content[i]))
        {
            i++;
        }

        var keySpan = TextSpan.FromBounds(keyStart, i);
        var afterKey = SkipBlanks(content, i, physicalEnd);
        if (keySpan.IsEmpty)
        {
            return Malformed(content, start, physicalEnd, "the line has no key before '='");
        }

        if (afterKey == physicalEnd)
        {
            // A bare KEY is valid in Compose env files: the value comes from the environment.
            return Simple(DotenvLineKind.Entry, content, start, physicalEnd, null) with
            {
                Export = export,
                KeySpan = keySpan,
                Key = content[keySpan.Start..keySpan.End],
            };
        }

        if (content[afterKey] != '=')
        {
            return Malformed(content, start, physicalEnd, "expected '=' after the key");
        }

        var equalsSign = new TextSpan(afterKey, 1);
        var valueStart = SkipBlanks(content, afterKey + 1, physicalEnd);
        var entry = valueStart < physicalEnd && content[valueStart] is '"' or '\''
            ? ParseQuoted(content, start, physicalEnd, valueStart)
            : ParseUnquoted(content, start, physicalEnd, valueStart);
        return entry with { Export = export, KeySpan = keySpan, Key = content[keySpan.Start..keySpan.End], EqualsSign = equalsSign };
    }

    private static DotenvLine ParseUnquoted(string content, int start, int physicalEnd, int valueStart)
    {
        var commentStart = physicalEnd;
        for (var i = valueStart; i < physicalEnd; i++)
        {
            if (content[i] == '#' && (i == valueStart || IsBlank(content[i - 1])))
            {
                commentStart = i;
                break;
            }
        }

        var valueEnd = commentStart;
        while (valueEnd > valueStart && IsBlank(content[valueEnd - 1]))
        {
            valueEnd--;
        }

        var raw = TextSpan.FromBounds(valueStart, valueEnd);
        var line = Simple(DotenvLineKind.Entry, content, start, physicalEnd,
            commentStart < physicalEnd ? TextSpan.FromBounds(commentStart, physicalEnd) : null);
        return line with
        {
            RawValue = raw,
            Value = content[raw.Start..raw.End],
            Quote = DotenvQuote.None,
            References = FindReferences(content, raw, DotenvQuote.None),
        };
    }

    private static DotenvLine ParseQuoted(string content, int start, int firstPhysicalEnd, int valueStart)
    {
        var quote = content[valueStart];
        var close = FindClosingQuote(content, valueStart + 1, quote);
        if (close >= 0)
        {
            var lineEnd = EndOfPhysicalLine(content, close);
            var rest = SkipBlanks(content, close + 1, lineEnd);
            if (rest == lineEnd || content[rest] == '#')
            {
                var raw = TextSpan.FromBounds(valueStart, close + 1);
                var line = Simple(DotenvLineKind.Entry, content, start, lineEnd,
                    rest < lineEnd ? TextSpan.FromBounds(rest, lineEnd) : null);
                return WithQuotedValue(line, content, raw, quote, isClosed: true);
            }

            if (lineEnd == firstPhysicalEnd)
            {
                return Malformed(content, start, firstPhysicalEnd, "text follows the closing quote");
            }
        }

        // No closing quote that makes sense: read to the end of this physical line so later lines still count.
        var unclosed = TextSpan.FromBounds(valueStart, TrimEndBlanks(content, valueStart, firstPhysicalEnd));
        return WithQuotedValue(Simple(DotenvLineKind.Entry, content, start, firstPhysicalEnd, null), content, unclosed, quote, isClosed: false);
    }

    private static DotenvLine WithQuotedValue(DotenvLine line, string content, TextSpan raw, char quote, bool isClosed)
    {
        var innerEnd = isClosed ? raw.End - 1 : raw.End;
        var inner = TextSpan.FromBounds(raw.Start + 1, innerEnd);
        var style = quote == '"' ? DotenvQuote.Double : DotenvQuote.Single;
        return line with
        {
            RawValue = raw,
            Quote = style,
            IsClosed = isClosed,
            Value = style == DotenvQuote.Double ? Unescape(content, inner) : NormalizeLineBreaks(content[inner.Start..inner.End]),
            References = FindReferences(content, inner, style),
        };
    }

    private static int FindClosingQuote(string content, int from, char quote)
    {
        for (var i = from; i < content.Length; i++)
        {
            if (quote == '"' && content[i] == '\\')
            {
                i++;
            }
            else if (content[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Unescape(string content, TextSpan span)
    {
        var builder = new StringBuilder(span.Length);
        for (var i = span.Start; i < span.End; i++)
        {
            var c = content[i];
            if (c == '\\' && i + 1 < span.End)
            {
                var next = content[i + 1];
                switch (next)
                {
                    case 'n': builder.Append('\n'); i++; continue;
                    case 'r': builder.Append('\r'); i++; continue;
                    case 't': builder.Append('\t'); i++; continue;
                    case '\\' or '"' or '$': builder.Append(next); i++; continue;
                }
            }

            if (c == '\r' && i + 1 < span.End && content[i + 1] == '\n')
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string NormalizeLineBreaks(string value) => value.Contains('\r') ? value.Replace("\r\n", "\n") : value;

    private static ImmutableArray<DotenvReference> FindReferences(string content, TextSpan span, DotenvQuote quote)
    {
        if (quote == DotenvQuote.Single || content.AsSpan(span.Start, span.Length).IndexOf('$') < 0)
        {
            return [];
        }

        var references = ImmutableArray.CreateBuilder<DotenvReference>();
        for (var i = span.Start; i < span.End; i++)
        {
            if (content[i] == '\\' && quote == DotenvQuote.Double)
            {
                i++;
                continue;
            }

            if (content[i] != '$' || i + 1 >= span.End)
            {
                continue;
            }

            if (content[i + 1] == '{')
            {
                var close = content.IndexOf('}', i + 2, span.End - (i + 2));
                if (close < 0)
                {
                    continue;
                }

                var nameEnd = ScanName(content, i + 2, close);
                if (nameEnd > i + 2)
                {
                    var hasDefault = nameEnd < close && content[nameEnd] is ':' or '-' or '=' or '?' or '+';
                    references.Add(new DotenvReference(content[(i + 2)..nameEnd], TextSpan.FromBounds(i, close + 1), hasDefault));
                }

                i = close;
            }
            else
            {
                var nameEnd = ScanName(content, i + 1, span.End);
                if (nameEnd > i + 1)
                {
                    references.Add(new DotenvReference(content[(i + 1)..nameEnd], TextSpan.FromBounds(i, nameEnd), false));
                    i = nameEnd - 1;
                }
            }
        }

        return references.ToImmutable();
    }

    private static int ScanName(string content, int start, int end)
    {
        var i = start;
        if (i < end && (char.IsAsciiLetter(content[i]) || content[i] == '_'))
        {
            i++;
            while (i < end && (char.IsAsciiLetterOrDigit(content[i]) || content[i] == '_'))
            {
                i++;
            }
        }

        return i;
    }

    private static DotenvLine Simple(DotenvLineKind kind, string content, int start, int physicalEnd, TextSpan? comment)
    {
        var fullEnd = AfterLineBreak(content, physicalEnd);
        var trimmed = TrimEndBlanks(content, start, physicalEnd);
        return new DotenvLine
        {
            Kind = kind,
            FullSpan = TextSpan.FromBounds(start, fullEnd),
            Span = TextSpan.FromBounds(start, physicalEnd),
            Comment = comment,
            TrailingWhitespace = trimmed < physicalEnd && kind != DotenvLineKind.Blank ? TextSpan.FromBounds(trimmed, physicalEnd) : null,
        };
    }

    private static DotenvLine Malformed(string content, int start, int physicalEnd, string problem) =>
        Simple(DotenvLineKind.Malformed, content, start, physicalEnd, null) with { Problem = problem };

    private static bool IsExportKeyword(string content, int i, int end) =>
        i + 6 < end && content.AsSpan(i, 6).SequenceEqual("export") && IsBlank(content[i + 6]);

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\f' or '\v';

    private static int SkipBlanks(string content, int i, int end)
    {
        while (i < end && IsBlank(content[i]))
        {
            i++;
        }

        return i;
    }

    private static int TrimEndBlanks(string content, int start, int end)
    {
        while (end > start && IsBlank(content[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int EndOfPhysicalLine(string content, int from)
    {
        var index = content.AsSpan(from).IndexOfAny('\n', '\r');
        return index < 0 ? content.Length : from + index;
    }

    private static int AfterLineBreak(string content, int physicalEnd)
    {
        if (physicalEnd >= content.Length)
        {
            return content.Length;
        }

        return content[physicalEnd] == '\r' && physicalEnd + 1 < content.Length && content[physicalEnd + 1] == '\n'
            ? physicalEnd + 2
            : physicalEnd + 1;
    }
}
