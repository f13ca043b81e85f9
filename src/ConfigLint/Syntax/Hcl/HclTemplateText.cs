using System.Text;

namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// Turns a template node into its parts the way HashiCorp does: strip markers trim the white space of the
/// neighbouring literal token only (so in a heredoc at most up to one line break), <c>&lt;&lt;-</c> removes the
/// smallest indentation of the lines that start with text, then adjacent literals merge.
/// </summary>
internal static class HclTemplateText
{
    public static List<HclTemplatePart> Parts(HclExpression template)
    {
        var tree = template.Tree;
        var store = tree.TokenStore;
        var text = tree.Text.Content;
        var quoted = !template.IsHeredoc;
        var children = template.Children;
        var parts = new List<Piece>();
        var ltrimNext = false;
        var nextCanTrimPrev = false;
        var childIndex = 0;
        // Quoted and heredoc templates own their opening and closing tokens; a bare template (ParseTemplate) has none.
        var bare = (template.Flags & 8) != 0;
        var token = bare ? template.FirstTokenIndex : template.FirstTokenIndex + 1;
        var last = bare ? template.LastTokenIndex + 1 : template.LastTokenIndex;
        var builder = new StringBuilder();
        while (token < last)
        {
            var ltrim = ltrimNext;
            var canTrimPrev = nextCanTrimPrev;
            ltrimNext = false;
            nextCanTrimPrev = false;
            if (childIndex < children.Length && children[childIndex].FirstTokenIndex == token)
            {
                var child = (HclExpression)children[childIndex++];
                if (canTrimPrev && store.Length(token) == 3 && parts.Count > 0 && parts[^1].Node is null)
                {
                    parts[^1] = parts[^1] with { Text = parts[^1].Text!.TrimEnd() };
                }

                parts.Add(new Piece(null, child));
                var closer = child.LastTokenIndex;
                ltrimNext = store.Kind(closer) == HclTokenKind.TemplateSequenceEnd && store.Length(closer) == 2;
                token = closer + 1;
                continue;
            }

            var kind = store.Kind(token);
            if (kind is HclTokenKind.QuotedLiteral or HclTokenKind.HeredocLiteral)
            {
                builder.Clear();
                HclStringDecoder.Decode(text, store.Start(token), store.End(token), quoted, builder, null);
                var value = builder.ToString();
                parts.Add(new Piece(ltrim ? value.TrimStart() : value, null));
                nextCanTrimPrev = true;
            }

            token++;
        }

        if (template.IsFlushHeredoc)
        {
            Flush(parts);
        }

        var result = new List<HclTemplatePart>(parts.Count);
        foreach (var piece in parts)
        {
            if (piece.Node is null && result.Count > 0 && result[^1].Node is null)
            {
                result[^1] = new HclTemplatePart(result[^1].Literal + piece.Text, null);
            }
            else
            {
                result.Add(new HclTemplatePart(piece.Text, piece.Node));
            }
        }

        if (result.Count == 0)
        {
            result.Add(new HclTemplatePart(string.Empty, null));
        }

        return result;
    }

    private static void Flush(List<Piece> parts)
    {
        var minSpaces = int.MaxValue;
        var newline = true;
        var adjust = new List<int>();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (newline)
            {
                newline = false;
                var spaces = 0;
                if (part.Node is null)
                {
                    var value = part.Text!;
                    var trimmed = value.AsSpan().TrimStart();
                    if (trimmed.IsEmpty && value.EndsWith('\n'))
                    {
                        spaces = int.MaxValue; // a blank line does not count
                    }
                    else
                    {
                        spaces = value.Length - trimmed.Length;
                        adjust.Add(i);
                    }
                }

                minSpaces = Math.Min(minSpaces, spaces);
            }

            if (part.Node is null && part.Text!.EndsWith('\n'))
            {
                newline = true;
            }
        }

        foreach (var i in adjust)
        {
            var value = parts[i].Text!;
            parts[i] = parts[i] with { Text = value[Math.Min(minSpaces, value.Length)..] };
        }
    }

    private readonly record struct Piece(string? Text, HclExpression? Node);
}
