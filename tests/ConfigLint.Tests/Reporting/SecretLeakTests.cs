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
