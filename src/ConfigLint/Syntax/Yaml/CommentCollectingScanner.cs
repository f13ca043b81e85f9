using ConfigLint.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace ConfigLint.Syntax.Yaml;

/// <summary>
/// Wraps YamlDotNet's scanner so the parser never sees comment tokens, and keeps them for suppressions. Letting the
/// parser see them (<c>skipComments: false</c>) makes it reject valid YAML such as <c>b: [x] # note</c>.
/// </summary>
internal sealed class CommentCollectingScanner(Scanner inner, int offset, List<SyntaxComment> comments) : IScanner
{
    public Mark CurrentPosition => inner.CurrentPosition;

    public Token? Current => inner.Current;

    public bool MoveNext()
    {
        if (inner.Current is not null)
        {
            inner.ConsumeCurrent();
        }

        return MoveNextWithoutConsuming();
    }

    public bool MoveNextWithoutConsuming()
    {
        while (inner.MoveNextWithoutConsuming())
        {
            if (inner.Current is Comment comment)
            {
                var start = offset + (int)comment.Start.Index;
                var end = offset + (int)comment.End.Index;
                comments.Add(new SyntaxComment(TextSpan.FromBounds(start, Math.Max(start, end)), comment.Value));
                inner.ConsumeCurrent();
                continue;
            }

            return true;
        }

        return false;
    }

    public void ConsumeCurrent() => inner.ConsumeCurrent();
}
