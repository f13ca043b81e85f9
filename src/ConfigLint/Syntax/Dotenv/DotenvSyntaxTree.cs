using System.Collections.Immutable;
using System.Text;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Dotenv;

/// <summary>A dotenv file as logical lines. Dotenv problems are rules (<c>CL5xxx</c>), so the tree has no syntax diagnostics.</summary>
public sealed class DotenvSyntaxTree : SyntaxTree
{
    private ImmutableArray<SyntaxComment> _comments;

    internal DotenvSyntaxTree(string path, SourceText text, ImmutableArray<DotenvLine> lines)
        : base(path, text, ConfigFormat.Dotenv) => Lines = lines;

    /// <summary>Every logical line in order; their full spans tile the file.</summary>
    public ImmutableArray<DotenvLine> Lines { get; }

    /// <summary>The entry lines.</summary>
    public IEnumerable<DotenvLine> Entries => Lines.Where(l => l.Kind == DotenvLineKind.Entry);

    /// <inheritdoc />
    public override ImmutableArray<Diagnostic> Diagnostics => [];

    /// <inheritdoc />
    public override ImmutableArray<SyntaxComment> Comments
    {
        get
        {
            if (_comments.IsDefault)
            {
                _comments = [.. Lines
                    .Where(l => l.Comment is not null)
                    .Select(l => new SyntaxComment(l.Comment!.Value, Text.ToString(l.Comment.Value)[1..].Trim()))];
            }

            return _comments;
        }
    }

    /// <summary>The input, rebuilt from the lines: equal to the file's content.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder(Text.Length);
        foreach (var line in Lines)
        {
            builder.Append(Text.AsSpan(line.FullSpan));
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override void WriteTree(TextWriter writer)
    {
        foreach (var line in Lines)
        {
            var position = Text.GetLinePosition(line.Span.Start);
            writer.Write($"{line.Kind} {position} {line.FullSpan}");
            if (line.Key is not null)
            {
                writer.Write($" key={Quote(line.Key)}");
            }

            if (line.Value is not null)
            {
                writer.Write($" value={Quote(line.Value)} quote={line.Quote}{(line.IsClosed ? "" : " unclosed")}");
            }

            foreach (var reference in line.References)
            {
                writer.Write($" ref={reference.Name}");
            }

            if (line.Problem is not null)
            {
                writer.Write($" problem={Quote(line.Problem)}");
            }

            writer.WriteLine();
        }
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";
}
