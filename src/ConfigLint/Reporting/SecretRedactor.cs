using ConfigLint.Diagnostics;
using ConfigLint.Text;

namespace ConfigLint.Reporting;

/// <summary>
/// Keeps detected secrets out of every report. A secret found by one rule may sit on a line another rule reports
/// (trailing whitespace, a quoting fix), so redaction is by file and by value across all findings, not per finding:
/// snippets mask the secret's characters in place, and any other text that would carry a secret value (messages,
/// fix titles, fix contents) is masked or left out.
/// </summary>
public sealed class SecretRedactor
{
    /// <summary>What replaces a secret in free text; fixed length so the secret's length does not leak either.</summary>
    public const string Mask = "********";

    // Shorter strings would mask ordinary words by accident; no credential format is this short.
    private const int MinimumSecretLength = 6;

    private readonly Dictionary<string, List<TextSpan>> _spansByPath;
    private readonly string[] _secrets;

    private SecretRedactor(Dictionary<string, List<TextSpan>> spansByPath, string[] secrets)
    {
        _spansByPath = spansByPath;
        _secrets = secrets;
    }

    /// <summary>Collects the redactions of every finding in the result, suppressed ones included.</summary>
    public static SecretRedactor For(LintResult result)
    {
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            foreach (var redaction in diagnostic.Redactions)
            {
                if (redaction.IsNone)
                {
                    continue;
                }

                if (!spans.TryGetValue(redaction.Path, out var list))
                {
                    spans[redaction.Path] = list = [];
                }

                list.Add(redaction.Span);
                if (result.FindFile(redaction.Path) is { } tree && redaction.Span.End <= tree.Text.Length
                    && redaction.Span.Length >= MinimumSecretLength)
                {
                    secrets.Add(tree.Text.ToString(redaction.Span));
                }
            }
        }

        // Longest first, so a secret that contains another is masked whole.
        return new SecretRedactor(spans, [.. secrets.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)]);
    }

    /// <summary>True when nothing needs redacting.</summary>
    public bool IsEmpty => _spansByPath.Count == 0;

    /// <summary>The spans of <paramref name="path"/> whose characters must not be shown.</summary>
    public IReadOnlyList<TextSpan> SpansIn(string path) =>
        _spansByPath.TryGetValue(path, out var spans) ? spans : [];

    /// <summary>Returns <paramref name="text"/> with every secret value replaced by <see cref="Mask"/>.</summary>
    public string Redact(string text)
    {
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }

    /// <summary>True when <paramref name="text"/> contains a secret value (such a fix is left out of reports).</summary>
    public bool ContainsSecret(string text)
    {
        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fixes whose edits carry no secret, so a report never prints one as inserted text.</summary>
    public IEnumerable<CodeFix> ShowableFixes(Diagnostic diagnostic) =>
        diagnostic.Fixes.Where(fix => !fix.Edits.Any(edit => ContainsSecret(edit.NewText)));
}
