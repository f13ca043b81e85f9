using ConfigLint.Text;

namespace ConfigLint.Rules.Secrets;

/// <summary>
/// A literal value secret rules scan: the key that names it (an env var name, a ConfigMap key, a property name), its
/// text, where it is written, and <see cref="Where"/> when the place matters to the message (a ConfigMap).
/// </summary>
/// <param name="Key">The name the value is stored under.</param>
/// <param name="Text">The value as written (for an interpolated Compose value, its template, <c>${…}</c> included).</param>
/// <param name="Location">Where the value is written; redacting it hides the secret.</param>
public sealed record SecretCandidate(string Key, string Text, Location Location)
{
    /// <summary>How a message names a place that makes the secret worse (<c>ConfigMap 'app-config'</c>), or null.</summary>
    public string? Where { get; init; }
}
