using ConfigLint.Rules.Secrets;

namespace ConfigLint.Tests.Analysis;

public sealed class SecretScannerTests
{
    [Theory]
    [InlineData("AKIAIOSFODNN7QWERTY1", "AWS access key id")]
    [InlineData("token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8 here", "GitHub token")]
    [InlineData("xoxb-123456789012-abcdefghijkl", "Slack token")]
    [InlineData("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk=", "private key")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "JSON Web Token")]
    [InlineData("mysql://root:S3cr3tPassw0rd!@db:3306/app", "connection string with a password")]
    public void Known_formats_are_recognised(string value, string kind) =>
        Assert.Equal(kind, SecretScanner.Scan(null, value)?.Kind);

    [Theory]
    [InlineData("postgres://user:${DB_PASSWORD}@db/app")]
    [InlineData("https://example.test/path")]
    [InlineData("AKIAXXXXXXXXXXXXXXXX")]
    [InlineData("short")]
    public void References_placeholders_and_plain_values_are_not_secrets(string value) =>
        Assert.Null(SecretScanner.Scan("API_TOKEN", value));

    [Theory]
    [InlineData("DB_PASSWORD", true)]
    [InlineData("githubToken", true)]
    [InlineData("client_secret", true)]
    [InlineData("DB_PASSWORD_FILE", false)]
    [InlineData("PORT", false)]
    public void Secret_like_keys(string key, bool expected) => Assert.Equal(expected, SecretScanner.IsSecretLikeKey(key));

    [Fact]
    public void Redaction_shows_at_most_a_third_of_the_secret()
    {
        var redacted = SecretScanner.Redact("sk_live_abcdefghijklmnopqrstuvwx", 8);
        Assert.Equal("sk_live_********", redacted);
        Assert.DoesNotContain("abcdef", redacted);
        Assert.Equal("****", SecretScanner.Redact("abc", 8));
    }
}
