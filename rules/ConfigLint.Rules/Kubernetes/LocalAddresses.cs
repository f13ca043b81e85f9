namespace ConfigLint.Rules.Kubernetes;

/// <summary>
/// Finds loopback addresses (<c>localhost</c>, <c>127.x.x.x</c>, <c>::1</c>) used as the host of a URL or
/// <c>host:port</c>, or as the whole value of a host-like key. Keys that name a listen address, a proxy bypass list
/// or allowed origins hold loopback addresses on purpose and are skipped.
/// </summary>
public static class LocalAddresses
{
    private static readonly string[] DeliberateKeyWords = ["LISTEN", "BIND", "NO_PROXY", "ALLOWED", "ORIGIN", "CORS", "TRUSTED", "REDIRECT", "CALLBACK"];
    private static readonly string[] HostKeySuffixes = ["HOST", "HOSTNAME", "ADDR", "ADDRESS", "ENDPOINT", "SERVER", "SERVERS"];

    /// <summary>The loopback host the value points at (as written), or null.</summary>
    public static string? Find(string key, string value)
    {
        var upperKey = key.ToUpperInvariant();
        if (DeliberateKeyWords.Any(word => upperKey.Contains(word, StringComparison.Ordinal)))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (IsLoopback(trimmed))
        {
            return HostKeySuffixes.Any(suffix => upperKey.EndsWith(suffix, StringComparison.Ordinal)) ? trimmed : null;
        }

        // scheme://[user[:password]@]host[:port]… for every URL in the value (lists like "a,b" included).
        for (var scheme = value.IndexOf("://", StringComparison.Ordinal); scheme >= 0; scheme = value.IndexOf("://", scheme + 3, StringComparison.Ordinal))
        {
            if (Host(value, scheme + 3) is { } host && IsLoopback(host))
            {
                return host;
            }
        }

        // host:port without a scheme ("localhost:6379").
        var colon = trimmed.LastIndexOf(':');
        if (colon > 0 && !trimmed.Contains("://", StringComparison.Ordinal) && trimmed[(colon + 1)..].All(char.IsAsciiDigit) && colon + 1 < trimmed.Length)
        {
            var host = trimmed[..colon].Trim('[', ']');
            if (IsLoopback(host))
            {
                return host;
            }
        }

        return null;
    }

    private static string? Host(string value, int start)
    {
        var end = start;
        while (end < value.Length && value[end] is not ('/' or '?' or '#' or ',' or ' ' or ';'))
        {
            end++;
        }

        var authority = value[start..end];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            return close > 0 ? authority[1..close] : null;
        }

        var colon = authority.IndexOf(':');
        return colon >= 0 ? authority[..colon] : authority;
    }

    /// <summary>True for <c>localhost</c>, <c>127.x.x.x</c> and <c>::1</c>.</summary>
    internal static bool IsLoopback(string host)
    {
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || host == "::1")
        {
            return true;
        }

        var parts = host.Split('.');
        return parts.Length == 4 && parts[0] == "127" && parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit));
    }
}
