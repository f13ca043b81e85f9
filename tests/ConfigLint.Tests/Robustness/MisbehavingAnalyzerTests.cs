using ConfigLint.Analysis;
using ConfigLint.Configuration;
using ConfigLint.Tests.Cli;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Robustness;

public sealed class MisbehavingAnalyzerTests
{
    private static LintResult Lint(TempWorkspace workspace, TimeSpan budget, params ConfigAnalyzer[] analyzers) => Linter.Run(new LintRequest
    {
        CurrentDirectory = workspace.Root,
        Root = workspace.Root,
        Analyzers = [new TestAnalyzers.ReportBadValues(), .. analyzers],
        Configuration = LintConfiguration.Empty,
        TimeBudget = budget,
    });

    [Fact]
    public void Hanging_analyzer_is_abandoned_after_the_budget_and_the_others_still_report()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "A=bad\nB=bad\n");
        using var release = new ManualResetEventSlim(false);
        try
        {
            var result = Lint(workspace, TimeSpan.FromMilliseconds(300), new MisbehavingAnalyzers.Hanging(release));
            Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "CL9001"));
            var timeouts = result.Diagnostics.Where(d => d.Id == "CL0002").ToList();
            Assert.Equal(2, timeouts.Count);
            Assert.All(timeouts, d => Assert.Contains("longer than the 0.3-second budget", d.Message));
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CL9100");
        }
        finally
        {
            release.Set();
        }
    }

    [Theory]
    [InlineData(typeof(MisbehavingAnalyzers.ThrowingDescriptors), "SupportedDiagnostics threw NotSupportedException")]
    [InlineData(typeof(MisbehavingAnalyzers.DefaultDescriptors), "SupportedDiagnostics is missing")]
    [InlineData(typeof(MisbehavingAnalyzers.ForeignLocation), "not a file of this workspace")]
    [InlineData(typeof(MisbehavingAnalyzers.SpanPastTheEnd), "outside '.env'")]
    [InlineData(typeof(MisbehavingAnalyzers.ThrowingInitialize), "cannot start")]
    public void Broken_analyzer_is_reported_as_CL0002_and_the_run_goes_on(Type type, string expected)
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "A=bad\n");
        var result = Lint(workspace, TimeSpan.FromSeconds(30), (ConfigAnalyzer)Activator.CreateInstance(type)!);
        Assert.Contains(result.Diagnostics, d => d.Id == "CL0002" && d.Message.Contains(expected) && d.Message.Contains(type.Name));
        Assert.Contains(result.Diagnostics, d => d.Id == "CL9001");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CL9100");
    }

    [Fact]
    public void Plugin_assembly_loads_from_configuration_and_a_throwing_plugin_rule_does_not_end_the_run()
    {
        using var workspace = new TempWorkspace();
        var plugin = typeof(TestAnalyzers).Assembly.Location;
        workspace.Write(".configlint.yaml", $"plugins:\n  - '{plugin}'\n");
        workspace.Write(".env", "A=bad\n");
        var (exitCode, output, error) = CliRunner.Run(workspace.Root, "lint", "--format", "msbuild");
        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("warning CL9001: Entry 'A'", output);
        Assert.Contains("error CL0002: Analyzer 'Throwing' failed", output);
    }

    [Fact]
    public void Missing_plugin_is_a_configuration_error()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".configlint.yaml", "plugins:\n  - nowhere/Missing.dll\n");
        workspace.Write(".env", "A=1\n");
        var (exitCode, _, error) = CliRunner.Run(workspace.Root, "lint");
        Assert.Equal(2, exitCode);
        Assert.Contains("Missing.dll", error);
    }
}
