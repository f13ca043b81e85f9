using ConfigLint.Configuration;
using ConfigLint.Diagnostics;

namespace ConfigLint.Rules.Tests.Aws;

/// <summary>
/// <c>Realistic/public-module-patterns</c> reduces what produced false errors on widely used public AWS module
/// repositories (benchmarks/RESULTS-public-modules.md): a constraint newer than the built-in catalog, a provider
/// with a dynamic <c>assume_role</c>, optional inputs defaulting to null, dynamic blocks over maps read with
/// <c>try()</c>/<c>lookup()</c>, an example with <c>source = "../../"</c>, a wrapper with <c>for_each</c> and a
/// <c>.tf.json</c> submodule. No Terraform or AWS rule may report an error there, nor any schema finding.
/// </summary>
public sealed class PublicModulePatternTests
{
    [Fact]
    public void Terraform_and_aws_rules_report_no_error_on_public_module_patterns()
    {
        var analyzers = BuiltInAnalyzers.Create()
            .Where(a => a.SupportedDiagnostics.All(d => d.Id.StartsWith("CL1", StringComparison.Ordinal) || d.Id.StartsWith("CL2", StringComparison.Ordinal)))
            .ToList();
        var directory = Path.Combine(Fixtures.RepositoryRoot, "tests", "ConfigLint.Rules.Tests", "Realistic", "public-module-patterns");
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

        var findings = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error || d.Id is "CL2001" or "CL2002" or "CL2004" or "CL2005")
            .ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        Assert.True(result.Files.Length >= 10, $"only {result.Files.Length} files were read");
    }
}
