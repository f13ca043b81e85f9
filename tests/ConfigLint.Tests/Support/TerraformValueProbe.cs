using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Tests.Support;

/// <summary>Reports the value of every Terraform output, for tests of how inputs reach the evaluator.</summary>
public sealed class TerraformValueProbe : ConfigAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new("CL9902", "terraform-value-probe", "Probe", "{0}", Categories.Correctness, DiagnosticSeverity.Note, "Test only.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformOutput);

    private static void Analyze(NodeAnalysisContext context)
    {
        var output = (TerraformOutputNode)context.Node;
        context.ReportDiagnostic(Diagnostic.Create(Rule, output.Location, $"output {output.Name} = {output.Module!.Evaluator.Output(output.Name)}"));
    }
}
