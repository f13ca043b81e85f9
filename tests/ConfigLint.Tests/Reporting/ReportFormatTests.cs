using System.Text.Json;
using ConfigLint.Configuration;
using ConfigLint.Reporting;
using ConfigLint.Rules;
using ConfigLint.Tests.Support;

namespace ConfigLint.Tests.Reporting;

public sealed class ReportFormatTests
{
    private static string Report(string format, string envContent, ReportOptions? options = null)
    {
        using var workspace = new TempWorkspace();
        workspace.Write(".env", envContent);
        var result = Linter.Run(new LintRequest
        {
            CurrentDirectory = workspace.Root,
            Root = workspace.Root,
            Analyzers = BuiltInAnalyzers.Create(),
            Configuration = LintConfiguration.Empty,
        });
        Assert.True(ReportFormatters.TryGet(format, out var formatter));
        var writer = new StringWriter();
        formatter.Write(result, writer, options ?? ReportOptions.Default);
        return writer.ToString();
    }

    [Fact]
    public void Text_shows_location_severity_id_snippet_with_carets_fix_and_summary()
    {
        var text = Report("text", "PORT=1\n\tPORT = 2\n");
        Assert.Equal(
            """
            .env:2:2: warning[CL5001] 'PORT' is already defined on line 1; this definition silently overrides it
              |
            2 |     PORT = 2
              |     ^^^^
              = .env:1:1: first definition
              = unsafe fix: Remove the earlier definition on line 1

            .env:2:6: warning[CL5005] Blanks around '=' are read differently by different loaders; write 'PORT=value'
              |
            2 |     PORT = 2
              |         ^^^
              = fix: Remove the blanks around '='

            Found 2 problems (2 warnings) in 1 file.
            1 fixable with --fix (1 more with --fix --unsafe-fixes).

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Text_uses_colour_only_when_asked()
    {
        Assert.DoesNotContain("\u001b[", Report("text", "A=1\nA=2\n"));
        Assert.Contains("\u001b[1;33mwarning[CL5001]\u001b[0m", Report("text", "A=1\nA=2\n", ReportOptions.Default with { Color = true }));
    }

    [Fact]
    public void Text_masks_secrets_in_snippets()
    {
        var text = Report("text", "STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dcQ9\n");
        Assert.Contains("CL7001", text);
        Assert.DoesNotContain("4eC39HqLyjWDarjtT1zdp7dcQ9", text);
    }

    [Fact]
    public void Msbuild_writes_the_canonical_error_format()
    {
        Assert.Equal(
            ".env(2,1): warning CL5001: 'A' is already defined on line 1; this definition silently overrides it\n",
            Report("msbuild", "A=1\nA=2\n"));
    }

    [Fact]
    public void Github_writes_escaped_workflow_commands()
    {
        Assert.Equal(
            "::warning file=.env,line=2,col=1,endLine=2,endColumn=2,title=CL5001 dotenv-duplicate-key::'A' is already defined on line 1; this definition silently overrides it\n",
            Report("github", "A=1\nA=2\n"));
        Assert.Equal("100%25 a%0Ab", ConfigLint.Reporting.GitHub.GitHubReportFormatter.EscapeData("100% a\nb"));
        Assert.Equal("a%3Ab%2Cc", ConfigLint.Reporting.GitHub.GitHubReportFormatter.EscapeProperty("a:b,c"));
    }

    [Fact]
    public void Json_has_summary_diagnostics_locations_fixes_and_fingerprints()
    {
        using var document = JsonDocument.Parse(Report("json", "A=1\nA = 2\n"));
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("warnings").GetInt32());
        var first = root.GetProperty("diagnostics")[0];
        Assert.Equal("CL5001", first.GetProperty("id").GetString());
        Assert.Equal("warning", first.GetProperty("severity").GetString());
        var location = first.GetProperty("location");
        Assert.Equal((".env", 2, 1, 2, 2), (location.GetProperty("path").GetString(), location.GetProperty("line").GetInt32(),
            location.GetProperty("column").GetInt32(), location.GetProperty("endLine").GetInt32(), location.GetProperty("endColumn").GetInt32()));
        Assert.Equal("unsafe", first.GetProperty("fixes")[0].GetProperty("safety").GetString());
        Assert.Matches("^[0-9a-f]{32}:1$", first.GetProperty("fingerprint").GetString());
    }

    [Fact]
    public void Unknown_format_is_not_found()
    {
        Assert.False(ReportFormatters.TryGet("xml", out _));
        Assert.Equal(["text", "sarif", "json", "github", "msbuild"], ReportFormatters.Names);
    }
}
