using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Dockerfile;

/// <summary>A Dockerfile as instructions. ConfigLint reads it for <c>FROM</c> and <c>EXPOSE</c>; it does not lint Dockerfiles.</summary>
public sealed class DockerfileSyntaxTree : SyntaxTree
{
    internal DockerfileSyntaxTree(string path, SourceText text, ImmutableArray<DockerfileInstruction> instructions, ImmutableArray<SyntaxComment> comments)
        : base(path, text, ConfigFormat.Dockerfile)
    {
        Instructions = instructions;
        Comments = comments;
    }

    /// <summary>The instructions in order; keywords are upper-cased.</summary>
    public ImmutableArray<DockerfileInstruction> Instructions { get; }

    /// <inheritdoc />
    public override ImmutableArray<Diagnostic> Diagnostics => [];

    /// <inheritdoc />
    public override ImmutableArray<SyntaxComment> Comments { get; }

    /// <summary>The ports of <c>EXPOSE</c> instructions with their locations (<c>8080</c>, <c>8080/tcp</c>).</summary>
    public IEnumerable<(int Port, Location Location)> ExposedPorts()
    {
        foreach (var instruction in Instructions.Where(i => i.Keyword == "EXPOSE"))
        {
            var offset = 0;
            foreach (var part in instruction.Arguments.Split(' ', '\t'))
            {
                var index = instruction.Arguments.IndexOf(part, offset, StringComparison.Ordinal);
                offset = index + part.Length;
                var number = part.Split('/')[0];
                if (part.Length > 0 && int.TryParse(number, out var port) && index >= 0 && instruction.ArgumentsSpan.Length == instruction.Arguments.Length)
                {
                    yield return (port, GetLocation(new TextSpan(instruction.ArgumentsSpan.Start + index, number.Length)));
                }
            }
        }
    }

    /// <inheritdoc />
    public override void WriteTree(TextWriter writer)
    {
        foreach (var instruction in Instructions)
        {
            writer.WriteLine($"{instruction.Keyword} {Text.GetLinePosition(instruction.Span.Start)} {instruction.Span} args=\"{instruction.Arguments}\"");
        }
    }
}
