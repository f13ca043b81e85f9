using System.Text;
using ConfigLint.Diagnostics;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Reporting;

/// <summary>
/// One source line as a report may print it: secrets masked, control characters made visible, and very long
/// lines cut to a window around the finding so a minified file does not flood the terminal.
/// </summary>
internal readonly record struct SnippetText(string Line, int CaretStart, int CaretLength)
{
    private const int MaxWidth = 160;
    private const int ContextBefore = 40;

    /// <summary>The first line of the diagnostic's location with every secret of the file masked, or null when it has none.</summary>
    public static SnippetText? For(Diagnostic diagnostic, SyntaxTree? tree, SecretRedactor redactor)
    {
        var location = diagnostic.Location;
        if (location.IsNone || tree is null or UnparsedSyntaxTree || location.LineSpan.Start.Line >= tree.Text.LineCount)
        {
            return null;
        }

        var text = tree.Text;
        var lineIndex = location.LineSpan.Start.Line;
        var lineSpan = text.GetLineSpan(lineIndex);
        var chars = text.AsSpan(lineSpan).ToArray();
        foreach (var secret in redactor.SpansIn(location.Path))
        {
            Mask(chars, lineSpan, secret);
        }

        var start = Math.Clamp(location.Span.Start - lineSpan.Start, 0, chars.Length);
        var end = location.LineSpan.End.Line == lineIndex
            ? Math.Clamp(location.Span.End - lineSpan.Start, start, chars.Length)
            : chars.Length;

        var windowStart = 0;
        var windowEnd = chars.Length;
        if (chars.Length > MaxWidth)
        {
            windowStart = Math.Max(0, start - ContextBefore);
            windowEnd = Math.Min(chars.Length, windowStart + MaxWidth);
        }

        var builder = new StringBuilder();
        var caretStart = 0;
        var caretLength = 0;
        if (windowStart > 0)
        {
            builder.Append('…');
        }

        for (var i = windowStart; i < windowEnd; i++)
        {
            if (i == start)
            {
                caretStart = builder.Length;
            }

            var c = chars[i];
            builder.Append(c == '\t' ? "    " : char.IsControl(c) ? "\uFFFD" : c.ToString());
            if (i >= start && i < end)
            {
                caretLength = builder.Length - caretStart;
            }
        }

        if (start >= windowEnd)
        {
            caretStart = builder.Length;
        }

        if (windowEnd < chars.Length)
        {
            builder.Append('…');
        }

        return new SnippetText(builder.ToString(), caretStart, Math.Max(1, caretLength));
    }

    private static void Mask(char[] chars, TextSpan line, TextSpan secret)
    {
        var from = Math.Max(secret.Start, line.Start) - line.Start;
        var to = Math.Min(secret.End, line.End) - line.Start;
        for (var i = from; i < to; i++)
        {
            chars[i] = '*';
        }
    }
}
