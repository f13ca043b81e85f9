using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Syntax;

/// <summary>A file that could not be parsed at all (unreadable, binary, too large); carries only why.</summary>
public sealed class UnparsedSyntaxTree(string path, SourceText text, ConfigFormat format, ImmutableArray<Diagnostic> diagnostics)
    : SyntaxTree(path, text, format)
{
    /// <inheritdoc />
    public override ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <inheritdoc />
    public override ImmutableArray<SyntaxComment> Comments => [];

    /// <inheritdoc />
    public override void WriteTree(TextWriter writer) => writer.WriteLine($"Unparsed {Format} {Path}");
}
