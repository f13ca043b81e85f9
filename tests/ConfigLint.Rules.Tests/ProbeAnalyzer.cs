using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Tests;

/// <summary>Reports the evaluated arguments of every RDS instance with their first origin, the way a provider rule would read them.</summary>
public sealed class ProbeAnalyzer : ConfigAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("CL9901", "probe", "Probe", "{0}", Categories.Correctness, DiagnosticSeverity.Note, "## What it does\nTest only.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, "aws_db_instance");

    private static void Analyze(NodeAnalysisContext context)
    {
        var resource = (TerraformResourceNode)context.Node;
        var evaluator = resource.Module!.Evaluator;
        foreach (var name in new[] { "engine_version", "backup_retention_period" })
        {
            var value = evaluator.EvaluateArgument(resource, name)!;
            var origin = value.Origins.FirstOrDefault()?.Description ?? "nowhere";
            context.ReportDiagnostic(Diagnostic.Create(Rule, resource.Location, $"{resource.Module.Directory}: {name} = {value} from {origin}"));
        }
    }
}
