using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Text;

namespace ConfigLint.Rules.Terraform;

/// <summary>Edits of <c>name = value</c> arguments: renames and replacements that keep the column of <c>=</c>, and whole-line deletions.</summary>
internal static class ArgumentEdits
{
    /// <summary>Renames an argument: the name and the blanks before <c>=</c> are rewritten so <c>=</c> stays put when the new name fits.</summary>
    public static TextEdit Rename(SourceText text, TerraformAttribute attribute, string newName) =>
        Replace(text, attribute, newName, null);

    /// <summary>Replaces a whole argument with <c>newName = newValue</c>, keeping the column of <c>=</c> when the new name fits.</summary>
    public static TextEdit Replace(SourceText text, TerraformAttribute attribute, string newName, string? newValue)
    {
        var content = text.Content;
        var nameStart = attribute.NameLocation.Span.Start;
        var equals = content.IndexOf('=', attribute.NameLocation.Span.End);
        var valueSpan = attribute.Expression.Location.Span;
        if (equals < 0 || equals > valueSpan.Start)
        {
            return new TextEdit(attribute.NameLocation.Path, attribute.NameLocation.Span, newName);
        }

        var width = equals - nameStart;
        var head = newName.Length < width ? newName.PadRight(width) : newName + " ";
        var end = newValue is null ? equals : valueSpan.End;
        var tail = newValue is null ? string.Empty : content[equals..valueSpan.Start] + newValue;
        return new TextEdit(attribute.NameLocation.Path, TextSpan.FromBounds(nameStart, end), head + tail);
    }

    /// <summary>The lines of a span, line break included, when nothing but blanks shares them; null otherwise.</summary>
    public static TextSpan? WholeLines(SourceText text, TextSpan span)
    {
        var content = text.Content;
        var start = span.Start;
        while (start > 0 && content[start - 1] is ' ' or '\t')
        {
            start--;
        }

        var end = span.End;
        while (end < content.Length && content[end] is ' ' or '\t' or '\r')
        {
            end++;
        }

        return (start == 0 || content[start - 1] == '\n') && (end == content.Length || content[end] == '\n')
            ? TextSpan.FromBounds(start, Math.Min(end + 1, content.Length))
            : null;
    }
}
