using ConfigLint.Baselines;
using ConfigLint.Configuration;
using ConfigLint.Diagnostics;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Analysis;

public sealed class BaselineTests
{
    private static LintResult Lint(TempWorkspace workspace) => Linter.Run(new LintRequest
    {
        CurrentDirectory = workspace.Root,
        Root = workspace.Root,
        Analyzers = [new TestAnalyzers.ReportBadValues()],
        Configuration = LintConfiguration.Empty,
    });

    [Fact]
    public void Recorded_findings_stay_suppressed_when_lines_move_and_new_ones_do_not()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "A=bad\nB=ok\n");
        var stream = new MemoryStream();
        Baseline.Write(Lint(workspace), stream);
        var path = workspace.Write("baseline.json", System.Text.Encoding.UTF8.GetString(stream.ToArray()));

        workspace.Write(".env", "# moved down\nX=1\nA=bad\nB=ok\nC=bad\n");
        var result = Baseline.Load(path).Apply(Lint(workspace));
        Assert.Equal(["3 External", "5 active"], result.Diagnostics.Select(d =>
            $"{d.Location.StartLine} {(d.IsSuppressed ? d.Suppression!.Kind.ToString() : "active")}"));
    }

    [Fact]
    public void Equal_findings_in_one_file_get_distinct_fingerprints()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "A=bad\nA=bad\n");
        var result = Lint(workspace);
        var fingerprints = Fingerprints.Compute(result.Diagnostics, result.FindFile);
        Assert.Equal(2, fingerprints.Distinct().Count());
    }

    [Fact]
    public void Malformed_baseline_is_a_configuration_error()
    {
        using var workspace = new TempWorkspace();
        var path = workspace.Write("baseline.json", "{ not json");
        Assert.Throws<ConfigurationException>(() => Baseline.Load(path));
    }
}
