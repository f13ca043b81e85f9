using System.Globalization;
using System.Text;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// Decodes the literal text of templates: backslash escapes in quoted strings (<c>\n \r \t \" \\ \uNNNN \UNNNNNNNN</c>)
/// and the <c>$${</c> / <c>%%{</c> escapes everywhere, reporting bad escapes as HashiCorp does.
/// </summary>
internal static class HclStringDecoder
{
    /// <summary>
    /// Decodes <c>text[start..end)</c>. Writes the value to <paramref name="output"/> and problems to
    /// <paramref name="diagnostics"/>, either of which may be null.
    /// </summary>
    public static void Decode(string text, int start, int end, bool quoted, StringBuilder? output, List<HclDiagnostic>? diagnostics)
    {
        var i = start;
        var run = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\\' && quoted)
            {
                output?.Append(text, run, i - run);
                i = DecodeEscape(text, i, end, output, diagnostics);
                run = i;
                continue;
            }

            if (c is '$' or '%' && Peek(text, i + 1, end) == c && Peek(text, i + 2, end) == '{')
            {
                output?.Append(text, run, i - run).Append(c).Append('{');
                i += 3;
                run = i;
                continue;
            }

            i++;
        }

        output?.Append(text, run, end - run);
    }

    /// <summary>True when the literal needs no decoding: it is its own value.</summary>
    public static bool IsVerbatim(ReadOnlySpan<char> raw, bool quoted) =>
        (quoted ? raw.IndexOfAny('\\', '$', '%') : raw.IndexOfAny('$', '%')) < 0;

    private static char Peek(string text, int index, int end) => index < end ? text[index] : '\0';

    private static int DecodeEscape(string text, int i, int end, StringBuilder? output, List<HclDiagnostic>? diagnostics)
    {
        if (i + 1 >= end)
        {
            Report(diagnostics, i, i + 1, "Backslash must be followed by an escape sequence selector character.");
            output?.Append('\\');
            return i + 1;
        }

        var selector = text[i + 1];
        var simple = selector switch { 'n' => '\n', 'r' => '\r', 't' => '\t', '"' => '"', '\\' => '\\', _ => '\0' };
        if (simple != '\0')
        {
            output?.Append(simple);
            return i + 2;
        }

        if (selector is 'u' or 'U')
        {
            return DecodeUnicodeEscape(text, i, end, selector == 'u' ? 4 : 8, output, diagnostics);
        }

        var width = char.IsHighSurrogate(selector) && i + 2 < end && char.IsLowSurrogate(text[i + 2]) ? 2 : 1;
        var symbol = text.Substring(i + 1, width);
        Report(diagnostics, i, i + 1 + width, $"The symbol \"{symbol}\" is not a valid escape sequence selector.");
        output?.Append(symbol);
        return i + 1 + width;
    }

    private static int DecodeUnicodeEscape(string text, int i, int end, int digits, StringBuilder? output, List<HclDiagnostic>? diagnostics)
    {
        var j = i + 2;
        while (j < end && j - (i + 2) < digits && char.IsAsciiHexDigit(text[j]))
        {
            j++;
        }

        if (j - (i + 2) != digits)
        {
            Report(diagnostics, i, j, digits == 4
                ? "The \\u escape sequence must be followed by four hexadecimal digits."
                : "The \\U escape sequence must be followed by eight hexadecimal digits.");
            output?.Append(text, i, j - i);
            return j;
        }

        var value = uint.Parse(text.AsSpan(i + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (!Rune.IsValid(value))
        {
            Report(diagnostics, i, j, $"Cannot encode character U+{value:x4} in UTF-8.");
            output?.Append(text, i, j - i);
            return j;
        }

        if (output is not null)
        {
            var rune = new Rune(value);
            Span<char> buffer = stackalloc char[2];
            output.Append(buffer[..rune.EncodeToUtf16(buffer)]);
        }

        return j;
    }

    private static void Report(List<HclDiagnostic>? diagnostics, int start, int end, string detail) =>
        diagnostics?.Add(new HclDiagnostic("Invalid escape sequence", detail, TextSpan.FromBounds(start, end)));
}
