namespace ConfigLint.Rules.Kubernetes;

/// <summary>Decides whether a Secret value is a literal credential or a stand-in for one (a template, a placeholder).</summary>
public static class SecretValues
{
    private static readonly string[] PlaceholderWords =
        ["changeme", "change-me", "change_me", "placeholder", "replace-me", "replace_me", "replaceme", "todo", "fixme", "redacted", "dummy", "example", "xxxx", "****"];

    /// <summary>True for an empty value, a template (<c>${X}</c>, <c>$(X)</c>, <c>{{ x }}</c>, <c>&lt;x&gt;</c>) or an obvious placeholder.</summary>
    public static bool IsStandIn(string value)
    {
        var text = value.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        if (text.Contains("${", StringComparison.Ordinal) || text.Contains("$(", StringComparison.Ordinal) || text.Contains("{{", StringComparison.Ordinal)
            || (text.StartsWith('<') && text.EndsWith('>')))
        {
            return true;
        }

        var lower = text.ToLowerInvariant();
        return PlaceholderWords.Any(word => lower.Contains(word, StringComparison.Ordinal));
    }

    /// <summary>True for keys that hold public material by convention (certificates), not credentials.</summary>
    public static bool IsPublicKey(string key) =>
        key is "tls.crt" or "ca.crt" or "ca.pem" or "ca-bundle.crt" || key.EndsWith(".crt", StringComparison.Ordinal) || key.EndsWith(".pub", StringComparison.Ordinal);
}
