using System.Collections.Immutable;
using System.Text;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Dockerfile;

/// <summary>Splits a Dockerfile into instructions, following <c>\</c> line continuations and skipping comments. Never throws.</summary>
public static class DockerfileParser
{
    /// <summary>Parses a file.</summary>
    public static DockerfileSyntaxTree Parse(string path, SourceText text)
    {
        var instructions = ImmutableArray.CreateBuilder<DockerfileInstruction>();
        var comments = ImmutableArray.CreateBuilder<SyntaxComment>();
        var line = 0;
        while (line < text.LineCount)
        {
            var span = text.GetLineSpan(line);
            var content = text.AsSpan(span);
            var trimmed = content.TrimStart();
            var indent = content.Length - trimmed.Length;
            if (trimmed.IsEmpty)
            {
                line++;
                continue;
            }

            if (trimmed[0] == '#')
            {
                comments.Add(new SyntaxComment(TextSpan.FromBounds(span.Start + indent, span.End), trimmed[1..].Trim().ToString()));
                line++;
                continue;
            }

            var start = span.Start + indent;
            var keywordLength = trimmed.IndexOfAny(' ', '\t');
            keywordLength = keywordLength < 0 ? trimmed.Length : keywordLength;
            var keywordSpan = new TextSpan(start, keywordLength);
            var arguments = new StringBuilder();
            var argumentsStart = SkipBlanks(text.Content, keywordSpan.End, span.End);
            var end = span.End;
            var lineArguments = TextSpan.FromBounds(argumentsStart, span.End);
            while (true)
            {
                var piece = text.AsSpan(lineArguments).TrimEnd();
                var continues = piece.EndsWith("\\");
                arguments.Append(continues ? piece[..^1].TrimEnd() : piece);
                end = lineArguments.Start + piece.Length;
                line++;
                if (!continues || line >= text.LineCount)
                {
                    break;
                }

                arguments.Append(' ');
                var next = text.GetLineSpan(line);
                lineArguments = TextSpan.FromBounds(SkipBlanks(text.Content, next.Start, next.End), next.End);
            }

            instructions.Add(new DockerfileInstruction(
                text.ToString(keywordSpan).ToUpperInvariant(),
                keywordSpan,
                arguments.ToString().Trim(),
                TextSpan.FromBounds(argumentsStart, Math.Max(argumentsStart, end)),
                TextSpan.FromBounds(start, Math.Max(start, end))));
        }

        return new DockerfileSyntaxTree(path, text, instructions.ToImmutable(), comments.ToImmutable());
    }

    private static int SkipBlanks(string content, int i, int end)
    {
        while (i < end && content[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
