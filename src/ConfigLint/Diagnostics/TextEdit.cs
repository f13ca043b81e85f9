using ConfigLint.Text;

namespace ConfigLint.Diagnostics;

/// <summary>Replace <see cref="Span"/> of the file at <see cref="Path"/> (workspace-relative) with <see cref="NewText"/>.</summary>
public sealed record TextEdit(string Path, TextSpan Span, string NewText)
{
    /// <summary>An insertion at <paramref name="offset"/>.</summary>
    public static TextEdit Insert(string path, int offset, string text) => new(path, new TextSpan(offset, 0), text);

    /// <summary>A deletion of <paramref name="span"/>.</summary>
    public static TextEdit Delete(string path, TextSpan span) => new(path, span, string.Empty);
}
