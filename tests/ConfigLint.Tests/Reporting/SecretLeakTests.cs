using ConfigLint.Baselines;
using ConfigLint.Configuration;
using ConfigLint.Reporting;
using ConfigLint.Rules;
using ConfigLint.Tests.Cli;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Reporting;

/// <summary>No output format, snippet, fix preview or baseline may contain a secret ConfigLint detected.</summary>
public sealed class SecretLeakTests
{
    // Each secret sits on a line other rules also report (blanks, lowercase key, trailing blanks, quoting),
    // so their snippets and fixes would show it if redaction were per finding.
    public static TheoryData<string, string> Secrets() => new()
    {
        { "STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dcQ9   \n", "4eC39HqLyjWDarjtT1zdp7dcQ9" },
        { "aws_key = AKIAIOSFODNN7EXAMPLF\n", "IOSFODNN7EXAMPLF" },
        { "GITHUB_TOKEN=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 trailing words\n", "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789" },
        { "SESSION_SECRET = Zx9!qP2#vL8@tR5$wK3%nB7^mC1&\n", "qP2#vL8@tR5$wK3%nB7^mC1&" },
        { "PORT=1\nPORT=2\nSLACK_WEBHOOK=https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx\n", "abcdefghijklmnopqrstuvwx" },
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void No_format_shows_a_detected_secret(string env, string secretPart)
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", env);
        var result = Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Analyzers = BuiltInAnalyzers.Create(),
            Configuration = LintConfiguration.Empty,
        });
        Assert.Contains(result.Diagnostics, d => d.Id.StartsWith("CL7", StringComparison.Ordinal));

        foreach (var name in ReportFormatters.Names)
        {
            Assert.True(ReportFormatters.TryGet(name, out var formatter));
            foreach (var color in new[] { false, true })
            {
                var writer = new StringWriter();
                formatter.Write(result, writer, ReportOptions.Default with { Color = color });
                Assert.DoesNotContain(secretPart, writer.ToString());
            }
        }

        using var baseline = new MemoryStream();
        Baseline.Write(result, baseline);
        Assert.DoesNotContain(secretPart, System.Text.Encoding.UTF8.GetString(baseline.ToArray()));
    }

    // Secrets in Compose environments, container env, ConfigMaps and Secrets, on lines that cross-file rules report
    // (endpoint drift at a URL with a password, an env file that is not git-ignored).
    [Fact]
    public void Secrets_behind_cross_file_findings_are_never_shown()
    {
        using var workspace = new TempWorkspace();
        Directory.CreateDirectory(Path.Combine(workspace.Root, ".git"));
        workspace.Write("docker-compose.yml", """
            services:
              api:
                image: acme/api:1.0.0
                env_file: .env
                environment:
                  DB_PORT: "5433"
                  GITHUB_TOKEN: ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789
            """);
        workspace.Write(".env", "DATABASE_URL=postgres://app:Zq4vN8kR2xW6@db:5432/app\nMAIL_PASSWORD=Qm7rT2vX9kL4pW8z\n");
        workspace.Write("k8s.yaml", """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: aia-config}
            data:
              DATABASE_NAME: aia
              SESSION_SECRET: Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: aia-db}
            data:
              DATABASE_URL: cG9zdGdyZXNxbDovL2FpYTpIeDdwUTJtWjl2TDRAZGIuYWlhLnN2Yzo1NDMyL2FpYV9wcm9kdWN0aW9u
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: aia-api}
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: registry.example.com/aia/api:1.0.0
                      envFrom: [{configMapRef: {name: aia-config}}, {secretRef: {name: aia-db}}]
                      env:
                        - name: STRIPE_KEY
                          value: sk_live_4eC39HqLyjWDarjtT1zdp7dcQ9
            """);
        var result = Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Analyzers = BuiltInAnalyzers.Create(),
            Configuration = LintConfiguration.Empty,
        });
        var ids = result.Diagnostics.Select(d => d.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "CL3012", "CL6004", "CL7001", "CL7002", "CL7003" }, ids);

        string[] secrets = ["Zq4vN8kR2xW6", "Qm7rT2vX9kL4pW8z", "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi",
            "Hx7pQ2mZ9vL4", "cG9zdGdyZXNxbDovL2FpYTpIeDdwUTJtWjl2TDRAZGIuYWlhLnN2Yzo1NDMyL2FpYV9wcm9kdWN0aW9u", "4eC39HqLyjWDarjtT1zdp7dcQ9"];
        foreach (var name in ReportFormatters.Names)
        {
            Assert.True(ReportFormatters.TryGet(name, out var formatter));
            var writer = new StringWriter();
            formatter.Write(result, writer, ReportOptions.Default);
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, writer.ToString());
            }
        }
    }

    [Fact]
    public void Fix_summary_and_remaining_findings_after_fix_do_not_show_the_secret()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "stripe_key = sk_live_4eC39HqLyjWDarjtT1zdp7dcQ9 \n");
        foreach (var format in ReportFormatters.Names)
        {
            var run = CliRunner.Run(workspace.Root, "lint", "--fix", "--unsafe-fixes", "--format", format);
            Assert.DoesNotContain("4eC39HqLyjWDarjtT1zdp7dcQ9", run.Out + run.Error);
        }
    }
}
