using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public void Clean_workspace_exits_0_and_says_so()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "PORT=3000\n");
        var (exitCode, output, _) = CliRunner.Run(workspace.Root, "lint", ".");
        Assert.Equal(0, exitCode);
        Assert.Equal("No problems found in 1 file.\n", output);
    }

    [Fact]
    public void Findings_at_the_fail_level_exit_1_and_below_it_exit_0()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "PORT=3000\nPORT=3001\n");
        Assert.Equal(1, CliRunner.Run(workspace.Root, "lint").ExitCode);
        Assert.Equal(0, CliRunner.Run(workspace.Root, "lint", "--fail-level", "error").ExitCode);
        Assert.Equal(1, CliRunner.Run(workspace.Root, "lint", "--fail-level", "note").ExitCode);
    }

    [Theory]
    [InlineData("lint", "--format", "xml")]
    [InlineData("lint", "--fail-level", "fatal")]
    [InlineData("lint", "--unsafe-fixes")]
    [InlineData("lint", "--jobs", "0")]
    [InlineData("lint", "--no-such-option")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        using var workspace = new TempWorkspace();
        var (exitCode, output, error) = CliRunner.Run(workspace.Root, args);
        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("configlint: ", error);
    }

    [Fact]
    public void Configuration_error_exits_2_and_names_the_file_and_line()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".configlint.yaml", "rules:\n  CL5001: warning\n  CL9999: off\n");
        workspace.Write(".env", "A=1\n");
        var (exitCode, _, error) = CliRunner.Run(workspace.Root, "lint");
        Assert.Equal(2, exitCode);
        Assert.Contains(".configlint.yaml:3:", error);
        Assert.Contains("CL9999", error);
    }

    [Fact]
    public void Missing_path_is_a_usage_error()
    {
        using var workspace = new TempWorkspace();
        var (exitCode, _, error) = CliRunner.Run(workspace.Root, "lint", "does-not-exist");
        Assert.Equal(2, exitCode);
        Assert.Contains("does-not-exist", error);
    }

    [Fact]
    public void Version_and_help_exit_0()
    {
        using var workspace = new TempWorkspace();
        var version = CliRunner.Run(workspace.Root, "--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^configlint \d+\.\d+\.\d+", version.Out);

        var help = CliRunner.Run(workspace.Root, "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("configlint lint", help.Out);

        var lintHelp = CliRunner.Run(workspace.Root, "lint", "--help");
        Assert.Contains("--fail-level", lintHelp.Out);
    }

    [Fact]
    public void Rules_lists_every_rule_and_shows_one_page()
    {
        using var workspace = new TempWorkspace();
        var list = CliRunner.Run(workspace.Root, "rules");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("CL5001", list.Out);
        Assert.Contains("CL7001", list.Out);

        var page = CliRunner.Run(workspace.Root, "rules", "dotenv-duplicate-key");
        Assert.Equal(0, page.ExitCode);
        Assert.Contains("# CL5001", page.Out);

        Assert.Equal(2, CliRunner.Run(workspace.Root, "rules", "CL9999").ExitCode);
    }

    [Fact]
    public void Init_writes_a_configuration_that_loads_and_refuses_to_overwrite()
    {
        using var workspace = new TempWorkspace();
        Assert.Equal(0, CliRunner.Run(workspace.Root, "init").ExitCode);
        Assert.True(File.Exists(Path.Combine(workspace.Root, ".configlint.yaml")));
        Assert.Equal(2, CliRunner.Run(workspace.Root, "init").ExitCode);
        Assert.Equal(0, CliRunner.Run(workspace.Root, "init", "--force").ExitCode);

        workspace.Write(".env", "A=1\n");
        Assert.Equal(0, CliRunner.Run(workspace.Root, "lint").ExitCode);
    }

    [Fact]
    public void Parse_prints_a_tree_and_reports_missing_files()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "A=1\n");
        var (exitCode, output, _) = CliRunner.Run(workspace.Root, "parse", ".env");
        Assert.Equal(0, exitCode);
        Assert.Contains("A", output);
        Assert.Equal(2, CliRunner.Run(workspace.Root, "parse", "missing.env").ExitCode);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sarif")]
    [InlineData("json")]
    [InlineData("github")]
    [InlineData("msbuild")]
    public void Output_is_byte_identical_across_runs(string format)
    {
        using var workspace = HostileWorkspace.Create();
        var first = CliRunner.Run(workspace.Root, "lint", "--format", format, "--jobs", "1");
        var second = CliRunner.Run(workspace.Root, "lint", "--format", format);
        Assert.Equal(1, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public void Hostile_workspace_never_exits_3()
    {
        using var workspace = HostileWorkspace.Create();
        var (exitCode, _, error) = CliRunner.Run(workspace.Root, "lint", "--format", "sarif", "--output", "x.sarif");
        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.True(new FileInfo(Path.Combine(workspace.Root, "x.sarif")).Length > 0);
    }

    [Fact]
    public void Fix_applies_safe_fixes_and_a_second_run_changes_nothing()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "A = 1\nB=two words\nC=3   ");
        var first = CliRunner.Run(workspace.Root, "lint", "--fix");
        Assert.Equal("A=1\nB=\"two words\"\nC=3\n", workspace.Read(".env"));
        Assert.Contains("Fixed 4 problems.", first.Out);
        Assert.Equal(0, first.ExitCode);

        var second = CliRunner.Run(workspace.Root, "lint", "--fix");
        Assert.Equal("A=1\nB=\"two words\"\nC=3\n", workspace.Read(".env"));
        Assert.DoesNotContain("Fixed", second.Out);
    }

    [Fact]
    public void Unsafe_fixes_apply_only_when_asked()
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", "lower=1\n");
        CliRunner.Run(workspace.Root, "lint", "--fix");
        Assert.Equal("lower=1\n", workspace.Read(".env"));
        CliRunner.Run(workspace.Root, "lint", "--fix", "--unsafe-fixes");
        Assert.Equal("LOWER=1\n", workspace.Read(".env"));
    }
}
