using System.Globalization;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Yaml;

/// <summary>
/// Parses YAML streams with YamlDotNet's event parser (no reflection, so NativeAOT-safe) into <see cref="YamlSyntaxTree"/>.
/// Never throws. A syntax error is <c>CL0001</c> at its position; parsing resumes at the next <c>---</c> line so the
/// other documents of a multi-document file are still analyzed.
/// </summary>
public static class YamlParser
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="format"/> is kept as the tree's format.</summary>
    public static YamlSyntaxTree Parse(string path, SourceText text, ConfigFormat format = ConfigFormat.Yaml)
    {
        var state = new YamlParseState(path, text);
        var content = BlankTooDeepDocuments(text, state);
        var start = 0;
        while (start <= text.Length)
        {
            var resumeAfter = new YamlTreeBuilder(state, content, start).Run();
            if (resumeAfter < 0)
            {
                break;
            }

            var next = NextDocumentStart(text, resumeAfter);
            if (next < 0)
            {
                break;
            }

            start = next;
        }

        var comments = state.Comments.DistinctBy(c => c.Span.Start).OrderBy(c => c.Span.Start).ToArray();
        return new YamlSyntaxTree(path, text, format, state.Documents.ToImmutable(), [.. comments], [.. state.Diagnostics]);
    }

    // YamlDotNet's scanner does work proportional to the flow nesting depth for every token, so a file of 20,000
    // nested '[' takes seconds. Documents whose brackets nest deeper than the limit are blanked out (same length,
    // line breaks kept, so every offset stays right) and reported, before YamlDotNet sees them. Brackets are counted
    // raw, quotes and comments included: legitimate text never has over a hundred unmatched ones.
    private static string BlankTooDeepDocuments(SourceText text, YamlParseState state)
    {
        var content = text.Content;
        char[]? blanked = null;
        var depth = 0;
        var documentStart = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (c is '[' or '{')
            {
                if (++depth <= YamlLimits.MaxDepth)
                {
                    continue;
                }

                state.Report(new TextSpan(i, 1), string.Create(CultureInfo.InvariantCulture,
                    $"collections nest deeper than {YamlLimits.MaxDepth} levels; this document is not analyzed"));
                var next = NextDocumentStart(text, i);
                var end = next < 0 ? content.Length : next;
                blanked ??= content.ToCharArray();
                for (var k = documentStart; k < end; k++)
                {
                    if (blanked[k] is not ('\n' or '\r'))
                    {
                        blanked[k] = ' ';
                    }
                }

                depth = 0;
                i = end - 1;
                documentStart = end;
            }
            else if (c is ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '-' && IsDocumentMarker(content, i))
            {
                // A new document: keep its "---" and count from zero.
                depth = 0;
                documentStart = i + 3;
                i += 2;
            }
        }

        return blanked is null ? content : new string(blanked);
    }

    private static bool IsDocumentMarker(string content, int start) =>
        (start == 0 || content[start - 1] is '\n' or '\r')
        && string.CompareOrdinal(content, start, "---", 0, 3) == 0
        && (start + 3 == content.Length || content[start + 3] is ' ' or '\t' or '\r' or '\n');

    // The first line after the given offset's line that starts a document ("---" then a blank or the line end).
    private static int NextDocumentStart(SourceText text, int offset)
    {
        var content = text.Content;
        for (var line = text.GetLineIndex(offset) + 1; line < text.LineCount; line++)
        {
            var start = text.LineStarts[line];
            if (IsDocumentMarker(content, start))
            {
                return start;
            }
        }

        return -1;
    }
}
