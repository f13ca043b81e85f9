using System.Collections.Immutable;
using ConfigLint.Syntax;
using ConfigLint.Text;

namespace ConfigLint.Suppressions;

/// <summary>Finds suppression directives among a file's comments.</summary>
public static class SuppressionParser
{
    private const string NextLinePrefix = "configlint-disable-next-line";
    private const string FilePrefix = "configlint-disable-file";

    /// <summary>Every directive in the file, in order.</summary>
    public static ImmutableArray<SuppressionDirective> Parse(SyntaxTree tree)
    {
        var result = ImmutableArray.CreateBuilder<SuppressionDirective>();
        var comments = tree.Comments;
        var directiveLines = new HashSet<int>();
        var parsed = new List<(SyntaxComment Comment, SuppressionScope Scope, string Body)>();
        foreach (var comment in comments)
        {
            var text = comment.Text.Trim();
            if (TryStrip(text, NextLinePrefix, out var body))
            {
                parsed.Add((comment, SuppressionScope.NextLine, body));
                directiveLines.Add(tree.Text.GetLineIndex(comment.Span.Start));
            }
            else if (TryStrip(text, FilePrefix, out body))
            {
                parsed.Add((comment, SuppressionScope.File, body));
                directiveLines.Add(tree.Text.GetLineIndex(comment.Span.Start));
            }
        }

        foreach (var (comment, scope, body) in parsed)
        {
            var separator = body.IndexOf("--", StringComparison.Ordinal);
            var rulesText = separator >= 0 ? body[..separator] : body;
            var justification = separator >= 0 ? body[(separator + 2)..].Trim() : null;
            var rules = rulesText.Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var line = tree.Text.GetLineIndex(comment.Span.Start);
            var target = line + 1;
            while (directiveLines.Contains(target))
            {
                target++;
            }

            result.Add(new SuppressionDirective(
                tree.GetLocation(comment.Span),
                scope,
                [.. rules],
                string.IsNullOrEmpty(justification) ? null : justification,
                scope == SuppressionScope.File ? -1 : target)
            {
                Text = comment.Text.Trim(),
            });
        }

        return result.ToImmutable();
    }

    private static bool TryStrip(string text, string prefix, out string body)
    {
        if (text.StartsWith(prefix, StringComparison.Ordinal) && (text.Length == prefix.Length || !IsNameChar(text[prefix.Length])))
        {
            body = text[prefix.Length..];
            return true;
        }

        body = string.Empty;
        return false;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
