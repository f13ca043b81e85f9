using System.Diagnostics;
using ConfigLint.Configuration;
using ConfigLint.Reporting;
using ConfigLint.Reporting.Sarif;
using ConfigLint.Reporting.Text;
using ConfigLint.Rules;
using ConfigLint.Tests.Cli;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Analysis;

/// <summary>Compose and Kubernetes files through the whole pipeline with every built-in rule: hostile YAML, secrets, SARIF.</summary>
public sealed class YamlWorkspaceTests
{
    private const string SecretValue = "postgresql://aia:hunter2-prod@localhost:5432/aia_production";
    private const string Base64Secret = "c3VwZXJzZWNyZXQtdG9rZW4tOTk5OQ=="; // "supersecret-token-9999"

    private static TempWorkspace Create()
    {
        var workspace = new TempWorkspace();
        workspace.Write("app/docker-compose.yml", "services:\n  api:\n    image: acme/api:latest\n    ports: [\"3003:3000\"]\n    env_file: .env\n    depends_on: [db]\n");
        workspace.Write("app/docker-compose.override.yml", "services:\n  db:\n    image: postgres:16.4\n");
        workspace.Write("app/.env", "PORT=5000\n");
        workspace.Write("k8s/api.yaml", $"""
            apiVersion: apps/v1
            kind: Deployment
            metadata: {"{"}name: api, namespace: aia{"}"}
            spec:
              template:
                spec:
                  containers:
                    - name: api
                      image: python:3.11-slim
            ---
            apiVersion: v1
            kind: Secret
            metadata: {"{"}name: db, namespace: aia{"}"}
            stringData:
              DATABASE_URL: {SecretValue}
            data:
              token: {Base64Secret}
            """);
        var laughs = new List<string> { "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i <= 9; i++)
        {
            laughs.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");
        }

        workspace.Write("hostile/laughs.yaml", string.Join("\n", laughs) + "\n");
        workspace.Write("hostile/broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n data: 1\n");
        workspace.Write("hostile/deep.yaml", new string('[', 20_000) + new string(']', 20_000) + "\n");
        return workspace;
    }

    private static LintResult Lint(TempWorkspace workspace) => Linter.Run(new LintRequest
    {
        CurrentDirectory = workspace.Root,
        Root = workspace.Root,
        Analyzers = BuiltInAnalyzers.Create(),
        Configuration = LintConfiguration.Empty,
    });

    [Fact]
    public void Hostile_yaml_is_reported_per_file_and_the_rest_is_analyzed()
    {
        using var workspace = Create();
        var stopwatch = Stopwatch.StartNew();
        var result = Lint(workspace);
        stopwatch.Stop();
        var found = result.Diagnostics.Select(d => $"{d.Location.Path}:{d.Location.StartLine} {d.Id}").ToList();
        Assert.Contains("hostile/laughs.yaml:5 CL0001", found);
        Assert.Contains("hostile/broken.yaml:5 CL0001", found);
        Assert.Contains("hostile/deep.yaml:1 CL0001", found);
        Assert.Contains("app/docker-compose.yml:4 CL4003", found);
        Assert.Contains("app/docker-compose.yml:3 CL4007", found);
        Assert.Contains("k8s/api.yaml:9 CL3001", found);
        Assert.Contains("k8s/api.yaml:15 CL3013", found);
        Assert.DoesNotContain(found, f => f.EndsWith("CL4006", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CL0002" or "CL0004");
    }

    [Fact]
    public void Secret_values_never_appear_in_text_or_sarif()
    {
        using var workspace = Create();
        var result = Lint(workspace);
        Assert.Contains(result.Diagnostics, d => d.Id == "CL3012");
        foreach (var formatter in new IReportFormatter[] { new SarifReportFormatter(), new TextReportFormatter() })
        {
            var writer = new StringWriter();
            formatter.Write(result, writer, ReportOptions.Default);
            var output = writer.ToString();
            Assert.DoesNotContain("hunter2", output);
            Assert.DoesNotContain(Base64Secret, output);
            Assert.DoesNotContain("supersecret-token", output);
        }
    }

    [Fact]
    public void Sarif_for_compose_and_kubernetes_passes_the_multitool_with_github_rules()
    {
        using var workspace = Create();
        var path = Path.Combine(workspace.Root, "out.sarif");
        var writer = new StringWriter();
        new SarifReportFormatter().Write(Lint(workspace), writer, ReportOptions.Default);
        File.WriteAllText(path, writer.ToString());

        var (exitCode, output) = Oracles.Run(Oracles.SarifMultitool, "validate", path, "--rule-kind", "Sarif;Gh");
        var problems = output.Split('\n').Where(l => l.Contains(": error ") || l.Contains(": warning ")).ToList();
        Assert.True(exitCode == 0 && problems.Count == 0, $"multitool exit {exitCode}:\n{output}");
    }

    [Fact]
    public void Parse_command_dumps_a_yaml_tree()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n");
        var (exitCode, output, _) = CliRunner.Run(workspace.Root, "parse", "compose.yaml");
        Assert.Equal(0, exitCode);
        Assert.StartsWith("Yaml Compose compose.yaml\n  Document 0 1:1-3:22\n", output, StringComparison.Ordinal);
        Assert.Contains("Scalar 3:12-3:22 Plain \"nginx:1.27\"", output, StringComparison.Ordinal);
    }
}
