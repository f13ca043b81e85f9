using System.Buffers;
using ConfigLint.Text;

namespace ConfigLint.Rules.Secrets;

/// <summary>
/// Decides whether a value is a secret: a known credential format anywhere in it, a connection string with a
/// literal password, or (under a secret-like key) a long, high-entropy string that is not a placeholder or a reference.
/// </summary>
public static class SecretScanner
{
    private const double EntropyThreshold = 3.5;
    private const int MinimumSecretLength = 12;

    private static readonly SearchValues<char> SecretKeyHints = SearchValues.Create("PSTKCAWpstkcaw");

    private static readonly string[] SecretKeyWords =
        ["password", "passwd", "pwd", "secret", "token", "apikey", "api_key", "api-key", "accesskey", "access_key",
         "private_key", "privatekey", "credential", "auth", "signing_key", "client_secret", "encryption_key"];

    private static readonly string[] PlaceholderWords =
        ["changeme", "change-me", "change_me", "replace", "example", "placeholder", "dummy", "sample", "your", "xxxx",
         "todo", "fixme", "redacted", "secret", "password", "insert", "<", "{{", "${", "$(", "****", "...", "none", "null"];

    /// <summary>True when a key name suggests its value is a credential (<c>DB_PASSWORD</c>, <c>apiToken</c>).</summary>
    public static bool IsSecretLikeKey(string key)
    {
        if (key.AsSpan().IndexOfAny(SecretKeyHints) < 0)
        {
            return false;
        }

        // Ignoring case in place instead of lowering a copy: every key and value of a workspace passes through here.
        return ContainsAny(key, SecretKeyWords)
            && !key.EndsWith("_file", StringComparison.OrdinalIgnoreCase) && !key.EndsWith("_path", StringComparison.OrdinalIgnoreCase)
            && !key.EndsWith("_length", StringComparison.OrdinalIgnoreCase) && !key.EndsWith("_url", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for values that stand for a secret rather than being one (<c>changeme</c>, <c>${DB_PASSWORD}</c>, <c>&lt;token&gt;</c>).</summary>
    public static bool IsPlaceholder(string value)
    {
        if (value.Length < 6)
        {
            return true;
        }

        if (ContainsAny(value, PlaceholderWords))
        {
            return true;
        }

        // A run of one repeated character (xxxxxxxx, 00000000) is a placeholder too.
        return value.AsSpan().IndexOfAnyExcept(value[0]) < 0;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAnchor(string value, CredentialPattern pattern)
    {
        foreach (var anchor in pattern.Anchors)
        {
            if (value.Contains(anchor, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Scans a value; <paramref name="key"/> (may be null) enables the entropy check for secret-like keys.</summary>
    public static SecretFinding? Scan(string? key, string value)
    {
        if (value.Length < 8)
        {
            return null;
        }

        foreach (var pattern in CredentialPatterns.MayContainCredential(value) ? CredentialPatterns.All : [])
        {
            if (!ContainsAnchor(value, pattern))
            {
                continue;
            }

            var match = pattern.Pattern.Match(value);
            if (match.Success && !IsPlaceholder(match.Value))
            {
                return new SecretFinding(pattern.Name, new TextSpan(match.Index, match.Length), Redact(match.Value, pattern.VisiblePrefix));
            }
        }

        if (ConnectionStringPassword(value) is { } password)
        {
            return new SecretFinding("connection string with a password", password, Redact(value.Substring(password.Start, password.Length), 0));
        }

        if (key is not null && IsSecretLikeKey(key) && value.Length >= MinimumSecretLength && !IsPlaceholder(value)
            && !value.Contains(' ') && ShannonEntropy(value) >= EntropyThreshold)
        {
            return new SecretFinding("high-entropy secret", new TextSpan(0, value.Length), Redact(value, 0));
        }

        return null;
    }

    /// <summary>The redacted form shown in every output: a short known prefix, then asterisks.</summary>
    public static string Redact(string secret, int visiblePrefix)
    {
        var shown = secret.Length < 12 ? 0 : Math.Min(visiblePrefix, secret.Length / 3);
        return secret[..shown] + new string('*', Math.Min(8, Math.Max(4, secret.Length - shown)));
    }

    /// <summary>Shannon entropy of the characters, in bits per character.</summary>
    public static double ShannonEntropy(string value)
    {
        var counts = new Dictionary<char, int>();
        foreach (var c in value)
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log2(p);
        }

        return entropy;
    }

    // scheme://user:password@host — the password span, unless it is a reference or placeholder.
    private static TextSpan? ConnectionStringPassword(string value)
    {
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return null;
        }

        var authorityStart = scheme + 3;
        var at = value.IndexOf('@', authorityStart);
        var slash = value.IndexOf('/', authorityStart);
        if (at < 0 || (slash >= 0 && slash < at))
        {
            return null;
        }

        var colon = value.IndexOf(':', authorityStart, at - authorityStart);
        if (colon < 0 || colon + 1 >= at)
        {
            return null;
        }

        var password = value[(colon + 1)..at];
        if (IsPlaceholder(password) || password.StartsWith('$') || password.StartsWith('%'))
        {
            return null;
        }

        return TextSpan.FromBounds(colon + 1, at);
    }
}
