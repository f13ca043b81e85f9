using System.Text.Json;
using ConfigLint.Configuration;
using ConfigLint.Reporting;
using ConfigLint.Reporting.Sarif;
using ConfigLint.Rules;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Reporting;

public sealed class SarifValidationTests
{
    private static LintResult LintHostile(TempWorkspace workspace) => Linter.Run(new LintRequest
    {
        CurrentDirectory = workspace.Root,
        Root = workspace.Root,
        Analyzers = BuiltInAnalyzers.Create(),
        Configuration = LintConfiguration.Empty,
    });

    private static string Sarif(LintResult result)
    {
        var writer = new StringWriter();
        new SarifReportFormatter().Write(result, writer, ReportOptions.Default);
        return writer.ToString();
    }

    [Fact]
    public void Sarif_for_hostile_inputs_passes_the_multitool_with_github_rules()
    {
        using var workspace = HostileWorkspace.Create();
        var path = Path.Combine(workspace.Root, "out.sarif");
        File.WriteAllText(path, Sarif(LintHostile(workspace)));

        var (exitCode, output) = Oracles.Run(Oracles.SarifMultitool, "validate", path, "--rule-kind", "Sarif;Gh");
        var problems = output.Split('\n').Where(l => l.Contains(": error ") || l.Contains(": warning ")).ToList();
        Assert.True(exitCode == 0 && problems.Count == 0, $"multitool exit {exitCode}:\n{output}");
    }

    [Fact]
    public void Sarif_run_lists_rules_results_fixes_suppressions_and_notifications()
    {
        using var workspace = HostileWorkspace.Create();
        using var document = JsonDocument.Parse(Sarif(LintHostile(workspace)));
        var run = document.RootElement.GetProperty("runs").EnumerateArray().Single();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var ruleIds = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(ruleIds.Order(StringComparer.Ordinal), ruleIds);
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("markdown").GetString())));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r =>
        {
            var index = r.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(r.GetProperty("ruleId").GetString(), ruleIds[index]);
            var artifact = r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
            Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
            Assert.False(Path.IsPathRooted(artifact.GetProperty("uri").GetString()));
        });

        var suppressed = results.Single(r => r.TryGetProperty("suppressions", out _));
        var suppression = suppressed.GetProperty("suppressions")[0];
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("the loader lowercases keys itself", suppression.GetProperty("justification").GetString());

        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "CL0003");
        Assert.Contains(results, r => r.TryGetProperty("fixes", out _));
        Assert.Contains(results, r => r.TryGetProperty("relatedLocations", out _));

        var notifications = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray().ToList();
        Assert.Contains(notifications, n => n.GetProperty("descriptor").GetProperty("id").GetString() == "CL0004");
    }

    [Fact]
    public void Sarif_never_contains_a_detected_secret()
    {
        using var workspace = HostileWorkspace.Create();
        var sarif = Sarif(LintHostile(workspace));
        Assert.Contains("CL7001", sarif);
        Assert.DoesNotContain("sk_live_4eC39HqLyjWDarjtT1zdp7dcQ9", sarif);
    }
}
