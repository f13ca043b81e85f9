using ConfigLint.Configuration;
using ConfigLint.Diagnostics;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Suppressions;

public sealed class SuppressionTests
{
    private static LintResult Lint(string content)
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", content);
        return Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Analyzers = [new TestAnalyzers.ReportBadValues()],
            Configuration = LintConfiguration.Empty,
        });
    }

    private static IEnumerable<string> Render(LintResult result) =>
        result.Diagnostics.Select(d => $"{d.Location.StartLine}:{d.Location.StartColumn} {d.Id}{(d.IsSuppressed ? $" suppressed({d.Suppression!.Justification})" : "")}");

    [Fact]
    public void Next_line_suppression_keeps_the_finding_as_suppressed_with_its_justification()
    {
        var result = Lint("# configlint-disable-next-line CL9001 -- legacy value\nA=bad\nB=bad\n");
        Assert.Equal(["2:3 CL9001 suppressed(legacy value)", "3:3 CL9001"], Render(result));
        Assert.Equal(SuppressionKind.InSource, result.Diagnostics[0].Suppression!.Kind);
    }

    [Fact]
    public void Suppression_accepts_rule_names_and_lists()
    {
        var result = Lint("# configlint-disable-next-line CL0000X, test-entry\nA=bad\n");
        Assert.Contains("2:3 CL9001 suppressed()", Render(result));
        Assert.Contains(result.Diagnostics, d => d.Id == "CL0005" && d.Message.Contains("'CL0000X'"));
    }

    [Fact]
    public void Stacked_directives_target_the_first_line_that_is_not_a_directive()
    {
        var result = Lint("# configlint-disable-next-line CL9001\n# configlint-disable-next-line CL0004\nA=bad\n");
        Assert.Contains("3:3 CL9001 suppressed()", Render(result));
    }

    [Fact]
    public void File_suppression_covers_every_line()
    {
        var result = Lint("A=bad\n# configlint-disable-file CL9001 -- generated file\nB=bad\n");
        Assert.Equal(["1:3 CL9001 suppressed(generated file)", "3:3 CL9001 suppressed(generated file)"], Render(result));
    }

    [Fact]
    public void Unused_suppression_is_a_note_with_a_fix_that_removes_the_line()
    {
        var result = Lint("# configlint-disable-next-line CL9001\nA=ok\n");
        var unused = Assert.Single(result.Diagnostics);
        Assert.Equal("CL0003", unused.Id);
        Assert.Equal(DiagnosticSeverity.Note, unused.Severity);
        Assert.Equal(1, unused.Location.StartLine);
        var edit = Assert.Single(Assert.Single(unused.Fixes).Edits);
        Assert.Equal(new ConfigLint.Text.TextSpan(0, 38), edit.Span);
    }

    [Fact]
    public void Directive_without_rules_is_invalid()
    {
        var result = Lint("# configlint-disable-next-line\nA=bad\n");
        Assert.Contains(result.Diagnostics, d => d.Id == "CL0005" && d.Message.Contains("names no rule"));
        Assert.Contains(result.Diagnostics, d => d.Id == "CL9001" && !d.IsSuppressed);
    }
}
