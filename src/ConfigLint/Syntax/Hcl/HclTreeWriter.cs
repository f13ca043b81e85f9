namespace ConfigLint.Syntax.Hcl;

/// <summary>Writes an HCL tree as indented lines: node kind, line:column, span, and each owned token with its text.</summary>
internal static class HclTreeWriter
{
    public static void Write(HclSyntaxTree tree, TextWriter writer)
    {
        var stack = new Stack<(HclSyntaxNode Node, int Depth)>();
        stack.Push((tree.Root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            var indent = new string(' ', depth * 2);
            writer.WriteLine($"{indent}{node.Kind} {node.LineSpan.Start} {node.Span}");
            foreach (var token in node.Tokens)
            {
                if (token.IsTrivia || token.Kind == HclTokenKind.EndOfFile)
                {
                    continue;
                }

                writer.WriteLine($"{indent}  {token.Kind} {token.Span} {Quote(tree.GetText(token))}");
            }

            var children = node.Children;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], depth + 1));
            }
        }
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t") + "\"";
}
