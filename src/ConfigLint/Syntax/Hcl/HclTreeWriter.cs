namespace ConfigLint.Syntax.Hcl;

/// <summary>
/// Writes an HCL tree as indented lines in source order: each node's kind, line:column and span, and among its
/// children the tokens it owns, with their text. Trivia tokens are left out.
/// </summary>
internal static class HclTreeWriter
{
    public static void Write(HclSyntaxTree tree, HclSyntaxNode root, TextWriter writer)
    {
        // An explicit stack: trees can nest hundreds of levels deep.
        var stack = new Stack<(HclSyntaxNode? Node, HclToken Token, int Depth)>();
        stack.Push((root, default, 0));
        while (stack.Count > 0)
        {
            var (node, token, depth) = stack.Pop();
            var indent = new string(' ', depth * 2);
            if (node is null)
            {
                writer.WriteLine($"{indent}{token.Kind} {token.Span} {Quote(tree.GetText(token))}");
                continue;
            }

            writer.WriteLine($"{indent}{node.Kind} {node.LineSpan.Start} {node.Span}");
            var items = new List<(HclSyntaxNode? Node, HclToken Token, int Start)>();
            foreach (var owned in node.Tokens)
            {
                if (!owned.IsTrivia && owned.Kind != HclTokenKind.EndOfFile)
                {
                    items.Add((null, owned, owned.Index));
                }
            }

            foreach (var child in node.Children)
            {
                items.Add((child, default, child.FirstTokenIndex));
            }

            items.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Node is null ? 1 : -1);
            for (var i = items.Count - 1; i >= 0; i--)
            {
                stack.Push((items[i].Node, items[i].Token, depth + 1));
            }
        }
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t") + "\"";
}
