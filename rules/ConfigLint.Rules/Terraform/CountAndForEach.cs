using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds resources, data sources and module calls that set both <c>count</c> and <c>for_each</c>.</summary>
public sealed class CountAndForEach : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1013",
        name: "terraform-count-and-for-each",
        title: "Both count and for_each",
        messageFormat: "'{0}' sets both count and for_each; a block can repeat by one of them only",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Reports `resource`, `data`, `ephemeral` and `module` blocks that set both meta-arguments, at the later of
            the two, with the other as a related location.

            ## Why is this bad?
            Terraform stops with "Invalid combination of "count" and "for_each"". The usual cause is converting a
            `count` to `for_each` and leaving the old line in.

            ## Example
            ```hcl
            resource "aws_subnet" "private" {
              count    = length(var.zones)
              for_each = toset(var.zones)
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_subnet" "private" {
              for_each          = toset(var.zones)
              availability_zone = each.key
            }
            ```
            """,
        tags: ["terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, NodeKind.TerraformData, NodeKind.TerraformEphemeral, NodeKind.TerraformModule);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformBlockNode node || node.GetArgument("count") is not { } count || node.GetArgument("for_each") is not { } forEach)
        {
            return;
        }

        var (later, earlier) = count.NameLocation.Span.Start > forEach.NameLocation.Span.Start ? (count, forEach) : (forEach, count);
        context.ReportDiagnostic(Diagnostic.Create(Rule, later.Location, node.Address)
            .WithRelated(earlier.Location, $"{earlier.Name} is set here"));
    }
}
