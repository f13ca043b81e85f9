namespace ConfigLint.Text;

/// <summary>
/// Where something is: a workspace-relative path (forward slashes) and a span with its line positions.
/// Lines and columns exposed here are 1-based; columns count UTF-16 code units, as SARIF does by default.
/// </summary>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>A location for findings that belong to no file (engine notifications).</summary>
    public static Location None { get; } = new(string.Empty, default, default);

    /// <summary>True for <see cref="None"/>.</summary>
    public bool IsNone => Path.Length == 0;

    /// <summary>1-based line of the first character.</summary>
    public int StartLine => LineSpan.Start.Line + 1;

    /// <summary>1-based UTF-16 column of the first character.</summary>
    public int StartColumn => LineSpan.Start.Character + 1;

    /// <summary>1-based line of the end position.</summary>
    public int EndLine => LineSpan.End.Line + 1;

    /// <summary>1-based UTF-16 column just past the last character.</summary>
    public int EndColumn => LineSpan.End.Character + 1;

    /// <summary>Creates a location for <paramref name="span"/> in <paramref name="text"/>.</summary>
    public static Location Create(string path, SourceText text, TextSpan span) =>
        new(path, span, text.GetLinePositionSpan(span));

    /// <summary>A location for a whole file: its first character (or empty position in an empty file).</summary>
    public static Location FileStart(string path) => new(path, default, default);

    /// <inheritdoc />
    public override string ToString() => IsNone ? "<none>" : $"{Path}:{StartLine}:{StartColumn}";
}
