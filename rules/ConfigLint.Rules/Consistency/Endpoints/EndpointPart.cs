namespace ConfigLint.Rules.Consistency.Endpoints;

/// <summary>What part of an endpoint a variable sets.</summary>
internal enum EndpointPart
{
    /// <summary>A whole URL (<c>DATABASE_URL</c>) or address (<c>REDIS_ADDR=host:port</c>).</summary>
    Url,

    /// <summary>The host (<c>DB_HOST</c>).</summary>
    Host,

    /// <summary>The port (<c>DB_PORT</c>).</summary>
    Port,

    /// <summary>The database name or index (<c>DB_NAME</c>, <c>REDIS_DB</c>).</summary>
    Database,
}
