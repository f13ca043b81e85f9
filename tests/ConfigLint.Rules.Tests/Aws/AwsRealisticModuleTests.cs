using ConfigLint.Configuration;

namespace ConfigLint.Rules.Tests.Aws;

/// <summary>
/// <c>Realistic/aws-platform</c>, a module written against the hashicorp/aws 6.x schema the way teams write them (VPC,
/// subnets, NAT, security groups with inline and separate rules, RDS, S3 with its split resources, IAM, ECS on Fargate,
/// an ALB, Lambda): no AWS rule may report anything there, least of all an unknown argument.
/// </summary>
public sealed class AwsRealisticModuleTests
{
    [Fact]
    public void Aws_rules_report_nothing_on_a_realistic_module()
    {
        var analyzers = BuiltInAnalyzers.Create().Where(a => a.SupportedDiagnostics.All(d => d.Id.StartsWith("CL2", StringComparison.Ordinal))).ToList();
        Assert.True(analyzers.Count >= 6);
        var directory = Path.Combine(Fixtures.RepositoryRoot, "tests", "ConfigLint.Rules.Tests", "Realistic", "aws-platform");
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

        var findings = result.Diagnostics.Where(d => d.Id.StartsWith("CL2", StringComparison.Ordinal) || d.Id is "CL0001" or "CL0002").ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
        Assert.True(result.Files.Length >= 8, $"only {result.Files.Length} files were read");
    }
}
