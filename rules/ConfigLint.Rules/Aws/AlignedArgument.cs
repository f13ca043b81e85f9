using System.Collections.Immutable;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Syntax.Hcl;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>
/// Adds an argument after a block's last one and aligns the <c>=</c> of the group it joins the way <c>terraform fmt</c>
/// does (the run of arguments on consecutive lines), so the block stays formatted when the new name is the longest.
/// </summary>
internal static class AlignedArgument
{
    /// <summary>The edits: padding changes for the group's arguments, then the new line; null in JSON or one-line blocks.</summary>
    public static ImmutableArray<TextEdit>? Add(TerraformBlock block, string name, string value)
    {
        if (block.Hcl is not { } hcl)
        {
            return null;
        }

        var content = block.Tree.Text.Content;
        var items = hcl.Body.Items;
        var group = new List<HclAttribute>();
        for (var i = items.Length - 1; i >= 0; i--)
        {
            if (items[i] is not HclAttribute attribute)
            {
                if (group.Count > 0)
                {
                    break;
                }

                continue;
            }

            // A blank line or a multi-line value ends the group above it.
            if (group.Count > 0 && (Lines(content, attribute.Span.End, group[^1].Span.Start) > 1 || Lines(content, attribute.Span.Start, attribute.Span.End) > 0))
            {
                break;
            }

            group.Add(attribute);
        }

        var width = name.Length;
        foreach (var attribute in group)
        {
            width = Math.Max(width, attribute.NameToken.Span.Length);
        }

        var edits = ImmutableArray.CreateBuilder<TextEdit>();
        foreach (var attribute in group)
        {
            var nameEnd = attribute.NameToken.Span.End;
            var equals = content.IndexOf('=', nameEnd);
            if (equals < 0 || equals > attribute.Expression.Span.Start)
            {
                return null;
            }

            var wanted = width - attribute.NameToken.Span.Length + 1;
            if (equals - nameEnd != wanted || content.AsSpan(nameEnd, equals - nameEnd).ContainsAnyExcept(' '))
            {
                edits.Add(new TextEdit(block.Tree.Path, new TextSpan(nameEnd, equals - nameEnd), new string(' ', wanted)));
            }
        }

        if (BlockEdits.AddLine(block, name.PadRight(width) + " = " + value, separate: false) is not { } line)
        {
            return null;
        }

        edits.Add(line);
        return edits.ToImmutable();
    }

    private static int Lines(string content, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to && i < content.Length; i++)
        {
            if (content[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }
}
