using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using ConfigLint.Text;

namespace ConfigLint.Rules.Consistency.Endpoints;

/// <summary>
/// A data-store URL split into the parts that must agree across files: <c>scheme://[user[:password]@]host[:port][,host…][/database][?…]</c>,
/// with driver suffixes (<c>postgresql+asyncpg</c>), SRV records (<c>mongodb+srv</c>), several hosts (MongoDB), IPv6
/// literals and a <c>jdbc:</c> prefix. The password is kept only as a span, for redaction; it is never a string here.
/// </summary>
/// <param name="Engine">The scheme without driver suffix and in lower case (<c>postgresql</c>, <c>redis</c>, <c>mongodb</c>).</param>
/// <param name="Hosts">The hosts, lower case, IPv6 without brackets; empty for a socket path.</param>
/// <param name="Port">The explicit port, else the engine's default; null for SRV records and unknown engines.</param>
/// <param name="Database">The database: the first path segment (percent-decoded), the Redis database index; null when absent.</param>
/// <param name="Password">Where the password is inside the value, or null.</param>
internal sealed record EndpointUrl(string Engine, ImmutableArray<string> Hosts, int? Port, string? Database, TextSpan? Password)
{
    private static readonly FrozenDictionary<string, int> DefaultPorts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["postgres"] = 5432, ["postgresql"] = 5432, ["pgsql"] = 5432, ["cockroachdb"] = 26257,
        ["mysql"] = 3306, ["mariadb"] = 3306,
        ["redis"] = 6379, ["rediss"] = 6379, ["valkey"] = 6379,
        ["mongodb"] = 27017,
        ["amqp"] = 5672, ["amqps"] = 5671,
        ["memcached"] = 11211, ["sqlserver"] = 1433, ["mssql"] = 1433, ["clickhouse"] = 9000, ["nats"] = 4222,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="value"/>; null when it is not a URL of a known data store.</summary>
    public static EndpointUrl? Parse(string value)
    {
        var start = 0;
        while (start < value.Length && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        if (value.AsSpan(start).StartsWith("jdbc:", StringComparison.OrdinalIgnoreCase))
        {
            start += 5;
        }

        var separator = value.IndexOf("://", start, StringComparison.Ordinal);
        if (separator <= start || !IsScheme(value.AsSpan(start, separator - start)))
        {
            return null;
        }

        var scheme = value[start..separator].ToLowerInvariant();
        var plus = scheme.IndexOf('+');
        var engine = plus < 0 ? scheme : scheme[..plus];
        var isSrv = scheme.EndsWith("+srv", StringComparison.Ordinal);
        if (!DefaultPorts.TryGetValue(engine, out var defaultPort))
        {
            return null;
        }

        // The authority ends at the first '/', '?' or '#' after the last '@' before the query: a password may hold a
        // '/' that someone forgot to encode, a query may hold an '@'.
        var rest = separator + 3;
        var end = value.Length;
        while (end > rest && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        var query = value.IndexOfAny(['?', '#'], rest, end - rest);
        var limit = query < 0 ? end : query;
        var at = limit > rest ? value.LastIndexOf('@', limit - 1, limit - rest) : -1;
        var hostStart = at < 0 ? rest : at + 1;
        var authorityEnd = value.IndexOfAny(['/', '?', '#'], hostStart, end - hostStart);
        authorityEnd = authorityEnd < 0 ? end : authorityEnd;

        TextSpan? password = null;
        if (at >= 0)
        {
            var colon = value.IndexOf(':', rest, at - rest);
            if (colon >= 0 && colon + 1 < at)
            {
                password = TextSpan.FromBounds(colon + 1, at);
            }
        }

        var hosts = ImmutableArray.CreateBuilder<string>();
        int? port = null;
        foreach (var part in value[hostStart..authorityEnd].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (host, partPort) = SplitHostPort(part);
            if (host.Length > 0)
            {
                hosts.Add(host.ToLowerInvariant());
            }

            port ??= partPort;
        }

        if (!isSrv)
        {
            port ??= defaultPort;
        }
        else
        {
            port = null;
        }

        string? database = null;
        if (authorityEnd < end && value[authorityEnd] == '/')
        {
            var pathEnd = value.IndexOfAny(['/', '?', '#'], authorityEnd + 1, end - authorityEnd - 1);
            var segment = value[(authorityEnd + 1)..(pathEnd < 0 ? end : pathEnd)];
            database = segment.Length == 0 ? null : Uri.UnescapeDataString(segment);
        }

        return new EndpointUrl(engine, hosts.ToImmutable(), port, database, password);
    }

    /// <summary>Splits <c>host[:port]</c> or <c>[ipv6][:port]</c>; the port is null when absent or not a port number.</summary>
    public static (string Host, int? Port) SplitHostPort(string text)
    {
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']');
            if (close < 0)
            {
                return (text, null);
            }

            var after = text[(close + 1)..];
            return (text[1..close], after.StartsWith(':') ? ParsePort(after[1..]) : null);
        }

        var colon = text.LastIndexOf(':');
        if (colon < 0 || text.IndexOf(':') != colon)
        {
            return (text, null);
        }

        return (text[..colon], ParsePort(text[(colon + 1)..]));
    }

    private static int? ParsePort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535 ? port : null;

    private static bool IsScheme(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
