using System.Text.RegularExpressions;

namespace ConfigLint.Rules.Secrets;

/// <summary>A known credential format: what it is, how to recognise it, and how many leading characters are safe to show.</summary>
public sealed class CredentialPattern(string name, string[] anchors, string pattern, int visiblePrefix)
{
    private readonly Lazy<Regex> _regex = new(() => new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));

    /// <summary>What the credential is, as messages name it ("Stripe live secret key").</summary>
    public string Name { get; } = name;

    /// <summary>Literal text every match contains; a value without any of them is not scanned with the regex.</summary>
    public IReadOnlyList<string> Anchors { get; } = anchors;

    /// <summary>The non-backtracking regex, built the first time a value contains an anchor.</summary>
    public Regex Pattern => _regex.Value;

    /// <summary>How many leading characters a redacted form may show (a prefix that names the format, not the secret).</summary>
    public int VisiblePrefix { get; } = visiblePrefix;
}
