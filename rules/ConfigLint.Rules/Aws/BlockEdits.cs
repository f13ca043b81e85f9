using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Syntax.Hcl;

namespace ConfigLint.Rules.Aws;

/// <summary>Edits that add a line to a native-syntax block, indented like its other items.</summary>
internal static class BlockEdits
{
    /// <summary>
    /// An edit adding <paramref name="line"/> (<c>filter {}</c>, <c>depends_on = [...]</c>) to a block: after its last
    /// argument, or first in the body when it has none, set apart by a blank line when <paramref name="separate"/>
    /// (so <c>terraform fmt</c> does not realign the arguments above). Null in JSON and for one-line blocks.
    /// </summary>
    public static TextEdit? AddLine(TerraformBlock block, string line, bool separate)
    {
        if (block.Hcl is not { OpenBrace: { } open } hcl)
        {
            return null;
        }

        var text = block.Tree.Text;
        var content = text.Content;
        var closeBrace = hcl.Span.End - 1;
        if (closeBrace <= open.Span.End || content[closeBrace] != '}' || LineOf(content, open.Span.Start) == LineOf(content, closeBrace))
        {
            return null;
        }

        var items = hcl.Body.Items;
        var indent = items.Length > 0 ? IndentOf(content, items[0].Span.Start) : IndentOf(content, hcl.Span.Start) + "  ";
        HclSyntaxNode? lastAttribute = null;
        foreach (var item in items)
        {
            if (item is HclAttribute)
            {
                lastAttribute = item;
            }
        }

        var after = lastAttribute?.Span.End ?? open.Span.End;
        var lineEnd = content.IndexOf('\n', after);
        if (lineEnd < 0 || lineEnd > closeBrace)
        {
            return null;
        }

        var insertAt = lineEnd > 0 && content[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
        var newline = content[insertAt] == '\r' ? "\r\n" : "\n";
        var blank = separate && lastAttribute is not null ? newline : string.Empty;
        var trailing = lastAttribute is null && items.Length > 0 ? newline : string.Empty;
        return TextEdit.Insert(block.Tree.Path, insertAt, newline + blank + indent + line + trailing);
    }

    /// <summary>
    /// An edit adding <c>name = value</c> after a block's last argument, its <c>=</c> aligned with that argument's
    /// when the name fits (as <c>terraform fmt</c> aligns a group), else set apart by a blank line as a group of its own.
    /// </summary>
    public static TextEdit? AddArgument(TerraformBlock block, string name, string value)
    {
        if (block.Hcl is not { } hcl || hcl.Body.Items.OfType<HclAttribute>().LastOrDefault() is not { } last)
        {
            return AddLine(block, $"{name} = {value}", separate: false);
        }

        var content = block.Tree.Text.Content;
        var equals = content.IndexOf('=', last.NameToken.Span.End);
        var width = equals - last.NameToken.Span.Start;
        return equals > 0 && equals < last.Expression.Span.Start && name.Length < width
            ? AddLine(block, name.PadRight(width) + "= " + value, separate: false)
            : AddLine(block, $"{name} = {value}", separate: true);
    }

    private static int LineOf(string content, int offset)
    {
        var line = 0;
        for (var i = 0; i < offset && i < content.Length; i++)
        {
            if (content[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static string IndentOf(string content, int offset)
    {
        var start = offset;
        while (start > 0 && content[start - 1] is ' ' or '\t')
        {
            start--;
        }

        return content[start..offset];
    }
}
