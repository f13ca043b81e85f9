using ConfigLint.Configuration;
using ConfigLint.Diagnostics;

namespace ConfigLint.Rules.Tests;

/// <summary>
/// Realistic modules that <c>terraform validate</c> accepts (written by the language's rules: several modules, for_each
/// over maps, dynamic blocks, moved/import/removed/check blocks, provider aliases, optional object attributes,
/// <c>.tf.json</c> beside <c>.tf</c>, override files, templates): the Terraform language rules must find nothing there.
/// </summary>
public sealed class RealisticModuleTests
{
    private static readonly string Root = Path.Combine(Fixtures.RepositoryRoot, "tests", "ConfigLint.Rules.Tests", "Realistic");

    public static TheoryData<string> Projects()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(directory));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Terraform_language_rules_report_nothing_on_a_valid_project(string project)
    {
        var analyzers = BuiltInAnalyzers.Create().Where(a => a.SupportedDiagnostics.All(d => d.Id.StartsWith("CL1", StringComparison.Ordinal))).ToList();
        Assert.True(analyzers.Count >= 13);
        var directory = Path.Combine(Root, project);
        var result = Linter.Run(new LintRequest
        {
            Paths = ["."],
            CurrentDirectory = directory,
            Root = directory,
            Configuration = LintConfiguration.Empty with { FilePath = Path.Combine(directory, ".configlint.yaml") },
            Analyzers = analyzers,
            ReportAllFiles = true,
            MaxParallelism = 2,
        });

        var findings = result.Diagnostics.Where(d => d.Id.StartsWith("CL1", StringComparison.Ordinal) || d.Id is "CL0001" or "CL0002").ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        Assert.True(result.Files.Length >= 3, $"{project}: only {result.Files.Length} files were read");
    }

    [Fact]
    public void The_platform_project_evaluates_through_its_modules()
    {
        var directory = Path.Combine(Root, "platform");
        var result = Linter.Run(new LintRequest
        {
            Paths = ["."],
            CurrentDirectory = directory,
            Root = directory,
            Configuration = LintConfiguration.Empty with { FilePath = Path.Combine(directory, ".configlint.yaml") },
            Analyzers = [new ProbeAnalyzer()],
            MaxParallelism = 1,
        });

        var messages = result.Diagnostics.Where(d => d.Id == ProbeAnalyzer.Rule.Id).Select(d => d.Message).Order(StringComparer.Ordinal).ToList();
        Assert.True(messages.Count == 2, string.Join("\n", messages));
        Assert.Contains("modules/database: engine_version = \"15.14\" from default of \"engine_version\" in the type of variable \"database\"", messages);
        Assert.Contains("modules/database: backup_retention_period = 7 from value of \"database\" in terraform.tfvars", messages);
    }
}
