using ConfigLint.Configuration;
using ConfigLint.Diagnostics;
using ConfigLint.Fixes;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Analysis;

public sealed class LinterTests
{
    private static LintResult Lint(TempWorkspace workspace, params ConfigLint.Analysis.ConfigAnalyzer[] analyzers) =>
        Linter.Run(new LintRequest { CurrentDirectory = workspace.Root, Root = workspace.Root, Analyzers = analyzers, Configuration = LintConfiguration.Empty });

    [Fact]
    public void Findings_are_sorted_by_path_line_and_column()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("b.env", "X=bad\n");
        workspace.Write("a.env", "Y=ok\nZ=bad\nW=bad\n");
        var result = Lint(workspace, new TestAnalyzers.ReportBadValues());
        Assert.Equal(["a.env:2:3", "a.env:3:3", "b.env:1:3"], result.Diagnostics.Select(d => d.Location.ToString()));
    }

    [Fact]
    public void An_analyzer_that_throws_is_reported_and_the_others_still_run()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "X=bad\n");
        var result = Lint(workspace, new TestAnalyzers.Throwing(), new TestAnalyzers.ReportBadValues());
        Assert.Contains(result.Diagnostics, d => d.Id == "CL0002" && d.Message.Contains("Throwing") && d.Message.Contains("boom"));
        Assert.Contains(result.Diagnostics, d => d.Id == "CL9001");
    }

    [Fact]
    public void Reporting_an_undeclared_descriptor_is_an_analyzer_error()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "X=1\n");
        var result = Lint(workspace, new TestAnalyzers.Undeclared());
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("CL0002", error.Id);
        Assert.Contains("SupportedDiagnostics", error.Message);
    }

    [Fact]
    public void Severity_overrides_apply_by_id_or_name_and_off_removes_findings()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "X=bad\n");
        LintResult Run(string rule, DiagnosticSeverity severity) => Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Analyzers = [new TestAnalyzers.ReportBadValues()],
            Configuration = LintConfiguration.Empty with { Rules = [new RuleSetting(rule, severity, null, ConfigLint.Text.Location.None)] },
        });

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(Run("CL9001", DiagnosticSeverity.Error).Diagnostics).Severity);
        Assert.Equal(DiagnosticSeverity.Note, Assert.Single(Run("test-entry", DiagnosticSeverity.Note).Diagnostics).Severity);
        Assert.Empty(Run("CL9001", DiagnosticSeverity.None).Diagnostics);
    }

    [Fact]
    public void Unknown_rule_in_configuration_is_a_configuration_error()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "X=1\n");
        var exception = Assert.Throws<ConfigurationException>(() => Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Configuration = LintConfiguration.Empty with { Rules = [new RuleSetting("CL9999", DiagnosticSeverity.Error, null, ConfigLint.Text.Location.None)] },
        }));
        Assert.Contains("unknown rule 'CL9999'", exception.Message);
    }

    [Fact]
    public void Output_is_identical_across_runs_and_parallelism()
    {
        using var workspace = new TempWorkspace();
        for (var i = 0; i < 30; i++)
        {
            workspace.Write($"dir{i % 4}/f{i}.env", string.Join("\n", Enumerable.Range(0, 20).Select(j => $"K{j}={(j % 3 == 0 ? "bad" : "ok")}")) + "\n");
        }

        string Render(int jobs) => string.Join("\n", Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            MaxParallelism = jobs,
            Analyzers = [new TestAnalyzers.ReportBadValues()],
            Configuration = LintConfiguration.Empty,
        }).Diagnostics.Select(d => d.ToString()));

        var first = Render(1);
        Assert.Equal(first, Render(4));
        Assert.Equal(first, Render(2));
        Assert.Equal(30 * 7, first.Split('\n').Length);
    }

    [Fact]
    public void Fix_repeats_until_stable_and_reports_what_changed()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "A=bad\nB=bad\n");
        var result = Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Analyzers = [new TestAnalyzers.ReportBadValues()],
            Configuration = LintConfiguration.Empty,
            Fix = FixMode.Safe,
        });
        Assert.Equal("A=good\nB=good\n", workspace.Read(".env"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.AppliedFixes.Length);
        Assert.All(result.AppliedFixes, f => Assert.Equal(".env", f.Path));
    }

    [Fact]
    public void Unreadable_files_are_reported_and_do_not_hide_other_files()
    {
        using var workspace = new TempWorkspace();
        File.WriteAllBytes(Path.Combine(workspace.Root, "binary.env"), [0x41, 0x00, 0x42]);
        File.WriteAllBytes(Path.Combine(workspace.Root, "latin1.env"), [0x41, 0x3D, 0xE9, 0x0A]);
        workspace.Write("good.env", "X=bad\n");
        var result = Lint(workspace, new TestAnalyzers.ReportBadValues());
        Assert.Equal(
            ["binary.env CL0004 File was not analyzed: it looks binary (it contains NUL bytes)",
             "good.env CL9001 Entry 'X'",
             "latin1.env CL0004 File was not analyzed: it is not valid UTF-8"],
            result.Diagnostics.Select(d => $"{d.Location.Path} {d.Id} {d.Message}"));
    }

    [Fact]
    public void Named_file_reports_only_itself_unless_all_is_requested()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("app/.env", "X=bad\n");
        workspace.Write("app/.env.production", "Y=bad\n");
        var named = Linter.Run(new LintRequest
        {
            Paths = ["app/.env"],
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Analyzers = [new TestAnalyzers.ReportBadValues()],
            Configuration = LintConfiguration.Empty,
        });
        Assert.Equal(["app/.env"], named.Diagnostics.Select(d => d.Location.Path));
        Assert.Equal(2, named.Files.Length);

        var all = Linter.Run(new LintRequest
        {
            Paths = ["app/.env"],
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            ReportAllFiles = true,
            Analyzers = [new TestAnalyzers.ReportBadValues()],
            Configuration = LintConfiguration.Empty,
        });
        Assert.Equal(["app/.env", "app/.env.production"], all.Diagnostics.Select(d => d.Location.Path));
    }
}
