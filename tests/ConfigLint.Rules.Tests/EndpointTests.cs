using ConfigLint.Rules.Consistency.Endpoints;

namespace ConfigLint.Rules.Tests;

/// <summary>The URL and key readers behind endpoint drift, as tables of inputs.</summary>
public sealed class EndpointTests
{
    [Theory]
    [InlineData("postgres://app:s3cret@db:5432/app", "postgres", "db", 5432, "app", "s3cret")]
    [InlineData("postgresql+asyncpg://aia:pw@aia-alloydb-primary.default.svc.cluster.local/aia_production?ssl=require", "postgresql", "aia-alloydb-primary.default.svc.cluster.local", 5432, "aia_production", "pw")]
    [InlineData("jdbc:postgresql://DB.internal:6432/orders", "postgresql", "db.internal", 6432, "orders", null)]
    [InlineData("mysql+pymysql://root:p%40ss@mysql:3307/shop", "mysql", "mysql", 3307, "shop", "p%40ss")]
    [InlineData("redis://:hunter2@cache:6380/2", "redis", "cache", 6380, "2", "hunter2")]
    [InlineData("rediss://cache.example.com", "rediss", "cache.example.com", 6379, null, null)]
    [InlineData("mongodb+srv://reporting:T5mW@cluster0.example.mongodb.net/reports?retryWrites=true", "mongodb", "cluster0.example.mongodb.net", null, "reports", "T5mW")]
    [InlineData("amqp://guest:guest@[::1]:5673/vhost", "amqp", "::1", 5673, "vhost", "guest")]
    [InlineData("postgres://u:a/b@c@db/app", "postgres", "db", 5432, "app", "a/b@c")]
    [InlineData("postgres://db/app?user=a@b", "postgres", "db", 5432, "app", null)]
    [InlineData("  postgres://db/my%20app  ", "postgres", "db", 5432, "my app", null)]
    public void Urls_split_into_engine_host_port_database_and_password(string value, string engine, string host, int? port, string? database, string? password)
    {
        var url = EndpointUrl.Parse(value)!;
        Assert.Equal(engine, url.Engine);
        Assert.Equal(host, Assert.Single(url.Hosts));
        Assert.Equal(port, url.Port);
        Assert.Equal(database, url.Database);
        Assert.Equal(password, url.Password is { } span ? value.Substring(span.Start, span.Length) : null);
    }

    [Fact]
    public void Several_hosts_are_all_kept()
    {
        var url = EndpointUrl.Parse("mongodb://mongo-0.mongo:27017,mongo-1.mongo:27018/reports?replicaSet=rs0")!;
        Assert.Equal(["mongo-0.mongo", "mongo-1.mongo"], url.Hosts.ToArray());
        Assert.Equal(27017, url.Port);
        Assert.Equal("reports", url.Database);
    }

    [Theory]
    [InlineData("https://api.example.com/v1")]
    [InlineData("s3://bucket/key")]
    [InlineData("localhost:5432")]
    [InlineData("not a url")]
    [InlineData("postgres:/db")]
    [InlineData("://db")]
    public void Other_values_are_not_endpoints(string value) => Assert.Null(EndpointUrl.Parse(value));

    [Theory]
    [InlineData("DATABASE_URL", "DATABASE", "Url")]
    [InlineData("DB_HOST", "DATABASE", "Host")]
    [InlineData("db.port", "DATABASE", "Port")]
    [InlineData("database-name", "DATABASE", "Database")]
    [InlineData("PGHOST", "POSTGRES", "Host")]
    [InlineData("POSTGRES_DB", "POSTGRES", "Database")]
    [InlineData("REDIS_DB", "REDIS", "Database")]
    [InlineData("REPLICA_DB_HOST", "REPLICA_DATABASE", "Host")]
    [InlineData("MONGODB_URI", "MONGO", "Url")]
    [InlineData("RABBITMQ_HOST", "AMQP", "Host")]
    public void Keys_name_a_family_and_a_part(string key, string family, string part) =>
        Assert.Equal($"{family} {part}", EndpointKeys.Classify(key) is { } classified ? $"{classified.Family} {classified.Part}" : null);

    [Theory]
    [InlineData("APP_NAME")]
    [InlineData("SERVICE_DB")]
    [InlineData("PORT")]
    [InlineData("LOG_LEVEL")]
    public void Other_keys_name_no_endpoint_part(string key) => Assert.Null(EndpointKeys.Classify(key));
}
