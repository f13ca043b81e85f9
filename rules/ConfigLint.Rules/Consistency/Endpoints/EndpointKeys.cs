using System.Collections.Frozen;

namespace ConfigLint.Rules.Consistency.Endpoints;

/// <summary>
/// Reads a variable name as (family, part): <c>DATABASE_URL</c> and <c>DB_HOST</c> both describe the <c>DATABASE</c>
/// endpoint, <c>REDIS_URL</c> and <c>REDIS_DB</c> the <c>REDIS</c> one, <c>PGHOST</c> the <c>POSTGRES</c> one. Names
/// are compared in upper case with <c>-</c> and <c>.</c> read as <c>_</c> (ConfigMap keys like <c>db.host</c>); each word
/// of the prefix is folded to one spelling (<c>DB</c> → <c>DATABASE</c>, <c>PG</c> → <c>POSTGRES</c>), so
/// <c>REPLICA_DB_HOST</c> is the <c>REPLICA_DATABASE</c> family, never the main database.
/// </summary>
internal static class EndpointKeys
{
    private static readonly (string Suffix, EndpointPart Part)[] Suffixes =
    [
        ("_CONNECTION_STRING", EndpointPart.Url), ("_CONN_STRING", EndpointPart.Url), ("_CONNECTION", EndpointPart.Url),
        ("_URL", EndpointPart.Url), ("_URI", EndpointPart.Url), ("_DSN", EndpointPart.Url), ("_ADDRESS", EndpointPart.Url),
        ("_ADDR", EndpointPart.Url), ("_ENDPOINT", EndpointPart.Url),
        ("_HOSTNAME", EndpointPart.Host), ("_HOST", EndpointPart.Host), ("_SERVER", EndpointPart.Host),
        ("_PORT", EndpointPart.Port),
        ("_DB_NAME", EndpointPart.Database), ("_DBNAME", EndpointPart.Database), ("_DATABASE", EndpointPart.Database),
        ("_NAME", EndpointPart.Database), ("_DB", EndpointPart.Database),
    ];

    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DB"] = "DATABASE",
        ["POSTGRESQL"] = "POSTGRES", ["PG"] = "POSTGRES", ["PSQL"] = "POSTGRES", ["PGSQL"] = "POSTGRES",
        ["MARIADB"] = "MYSQL",
        ["MONGODB"] = "MONGO",
        ["RABBITMQ"] = "AMQP", ["RABBIT"] = "AMQP",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Family, EndpointPart Part)> Whole = new Dictionary<string, (string, EndpointPart)>(StringComparer.Ordinal)
    {
        ["PGHOST"] = ("POSTGRES", EndpointPart.Host), ["PGPORT"] = ("POSTGRES", EndpointPart.Port), ["PGDATABASE"] = ("POSTGRES", EndpointPart.Database),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Families whose names a `_NAME` or `_DB` suffix makes a database name (APP_NAME is not one).
    private static readonly FrozenSet<string> DataStores = FrozenSet.ToFrozenSet(["DATABASE", "POSTGRES", "MYSQL", "MONGO", "REDIS"], StringComparer.Ordinal);

    /// <summary>The family and part a variable name describes, or null for names that describe no endpoint part.</summary>
    public static (string Family, EndpointPart Part)? Classify(string key)
    {
        var name = Normalize(key);
        if (Whole.TryGetValue(name, out var whole))
        {
            return whole;
        }

        foreach (var (suffix, part) in Suffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                var family = Family(name[..^suffix.Length]);
                if (part == EndpointPart.Database && !DataStores.Contains(LastWord(family)))
                {
                    return null;
                }

                return (family, part);
            }
        }

        return null;
    }

    /// <summary>The family of a name whose value is a URL: its prefix before a URL suffix, else the whole name.</summary>
    public static string UrlFamily(string key)
    {
        var name = Normalize(key);
        foreach (var (suffix, part) in Suffixes)
        {
            if (part == EndpointPart.Url && name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return Family(name[..^suffix.Length]);
            }
        }

        return Family(name);
    }

    /// <summary>The family an engine's specific variables use (<c>postgresql</c> → <c>POSTGRES</c>), or null.</summary>
    public static string? EngineFamily(string engine) => engine switch
    {
        "postgres" or "postgresql" or "pgsql" or "cockroachdb" => "POSTGRES",
        "mysql" or "mariadb" => "MYSQL",
        "mongodb" => "MONGO",
        "redis" or "rediss" or "valkey" => "REDIS",
        "amqp" or "amqps" => "AMQP",
        _ => null,
    };

    private static string Family(string prefix)
    {
        var words = prefix.Split('_', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Words.GetValueOrDefault(words[i], words[i]);
        }

        return string.Join('_', words);
    }

    private static string LastWord(string family)
    {
        var underscore = family.LastIndexOf('_');
        return underscore < 0 ? family : family[(underscore + 1)..];
    }

    private static string Normalize(string key) => key.ToUpperInvariant().Replace('-', '_').Replace('.', '_');
}
