using System.Collections.Immutable;
using ConfigLint.Text;

namespace ConfigLint.Syntax.Dotenv;

/// <summary>
/// One logical line: a physical line, or several when a quoted value spans lines. The full spans of all
/// lines tile the file, so concatenating them gives the input back exactly. Entry parts are null on
/// other kinds of line.
/// </summary>
public sealed record DotenvLine
{
    /// <summary>What the line is.</summary>
    public required DotenvLineKind Kind { get; init; }

    /// <summary>The line including its line break.</summary>
    public required TextSpan FullSpan { get; init; }

    /// <summary>The line without its final line break.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The <c>export</c> keyword, when present.</summary>
    public TextSpan? Export { get; init; }

    /// <summary>The key as written (no surrounding whitespace).</summary>
    public TextSpan? KeySpan { get; init; }

    /// <summary>The key text.</summary>
    public string? Key { get; init; }

    /// <summary>The <c>=</c>; null for a bare key.</summary>
    public TextSpan? EqualsSign { get; init; }

    /// <summary>The value as written, quotes included, without trailing whitespace or inline comment.</summary>
    public TextSpan? RawValue { get; init; }

    /// <summary>The value after unquoting and escapes (our dialect: Docker Compose's).</summary>
    public string? Value { get; init; }

    /// <summary>The quoting style.</summary>
    public DotenvQuote Quote { get; init; }

    /// <summary>False when a quoted value runs to the end of the file without its closing quote.</summary>
    public bool IsClosed { get; init; } = true;

    /// <summary>The inline or whole-line comment, <c>#</c> included.</summary>
    public TextSpan? Comment { get; init; }

    /// <summary>Variable references in the value.</summary>
    public ImmutableArray<DotenvReference> References { get; init; } = [];

    /// <summary>Why a <see cref="DotenvLineKind.Malformed"/> line is malformed, in a few words.</summary>
    public string? Problem { get; init; }

    /// <summary>Whitespace at the end of the (last physical) line, before the line break.</summary>
    public TextSpan? TrailingWhitespace { get; init; }
}
