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
        var start = 0;
        while (start <= text.Length)
        {
            var resumeAfter = new YamlTreeBuilder(state, start).Run();
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

    // The first line after the given offset's line that starts a document ("---" then a blank or the line end).
    private static int NextDocumentStart(SourceText text, int offset)
    {
        var content = text.Content;
        for (var line = text.GetLineIndex(offset) + 1; line < text.LineCount; line++)
        {
            var start = text.LineStarts[line];
            if (string.CompareOrdinal(content, start, "---", 0, 3) == 0
                && (start + 3 == content.Length || content[start + 3] is ' ' or '\t' or '\r' or '\n'))
            {
                return start;
            }
        }

        return -1;
    }
}
