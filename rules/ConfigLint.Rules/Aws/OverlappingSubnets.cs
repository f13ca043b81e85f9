using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds subnets of one VPC whose CIDR blocks overlap.</summary>
public sealed class OverlappingSubnets : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2022",
        name: "aws-overlapping-subnets",
        title: "Subnets of one VPC with overlapping CIDR blocks",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Evaluates the `cidr_block` of every `aws_subnet` instance in a module (through `count`, `for_each`,
            variables, locals and `cidrsubnet`) and reports two instances in the same VPC (the same `aws_vpc` of the
            module, or the same literal `vpc-…` id) whose blocks share addresses, at the later one with the earlier
            as a related location. A `count` that gives every instance the same block is reported too.

            ## Why is this bad?
            `apply` creates the first subnet and fails on the second: `InvalidSubnet.Conflict: The CIDR
            '10.0.1.0/24' conflicts with another subnet`.

            ## Example
            ```hcl
            resource "aws_subnet" "public" {
              vpc_id     = aws_vpc.main.id
              cidr_block = "10.0.0.0/23"
            }

            resource "aws_subnet" "private" {
              vpc_id     = aws_vpc.main.id
              cidr_block = "10.0.1.0/24"
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_subnet" "private" {
              vpc_id     = aws_vpc.main.id
              cidr_block = "10.0.2.0/24"
            }
            ```
            """,
        tags: ["terraform", "aws", "networking"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterWorkspaceAction(Analyze);

    private static void Analyze(WorkspaceAnalysisContext context)
    {
        if (context.Graph.GetModel<TerraformModel>() is not { } model)
        {
            return;
        }

        foreach (var module in model.Modules)
        {
            var byVpc = SubnetBlocks.Subnets(module).Where(s => s.VpcKey is not null).GroupBy(s => s.VpcKey!, StringComparer.Ordinal);
            foreach (var group in byVpc)
            {
                var subnets = group.ToList();
                for (var i = 1; i < subnets.Count; i++)
                {
                    for (var j = 0; j < i; j++)
                    {
                        var (later, earlier) = (subnets[i], subnets[j]);
                        if (!later.Block.Overlaps(earlier.Block) || later.Subnet.GetArgument("cidr_block") is not { } attribute
                            || earlier.Subnet.GetArgument("cidr_block") is not { } other)
                        {
                            continue;
                        }

                        var vpc = later.Vpc?.Address ?? group.Key[3..];
                        var message = $"{later.Address} ({later.Block}) overlaps {earlier.Address} ({earlier.Block}) in {vpc}, so AWS rejects the second one (\"InvalidSubnet.Conflict: The CIDR '{later.Block}' conflicts with another subnet\"); give each subnet its own block";
                        var diagnostic = Diagnostic.Create(Rule, attribute.Location, message).WithRelated(other.Location, $"the block of {earlier.Address}");
                        context.ReportDiagnostic(ResourceInstances.WithOrigins(diagnostic, later.Value, "the cidr_block"));
                        break;
                    }
                }
            }
        }
    }
}
