using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds subnets whose CIDR block is not inside their VPC's.</summary>
public sealed class SubnetOutsideVpc : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2021",
        name: "aws-subnet-outside-vpc-cidr",
        title: "Subnet CIDR block outside its VPC",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Evaluates the `cidr_block` of every `aws_subnet` instance (through `count`, `for_each`, variables,
            locals and `cidrsubnet`) and of the `aws_vpc` its `vpc_id` refers to in the same module, with the VPC's
            secondary blocks from `aws_vpc_ipv4_cidr_block_association`, and reports a subnet block that does not
            lie inside any of them. Nothing is reported when a block is not known before apply (an IPAM pool, a
            VPC from another module).

            ## Why is this bad?
            `apply` fails creating the subnet: `InvalidSubnet.Range: The CIDR '10.1.0.0/24' is invalid.`

            ## Example
            ```hcl
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"
            }

            resource "aws_subnet" "private" {
              vpc_id     = aws_vpc.main.id
              cidr_block = "10.1.1.0/24"
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_subnet" "private" {
              vpc_id     = aws_vpc.main.id
              cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, 1)
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
            var vpcBlocks = new Dictionary<TerraformResourceNode, IReadOnlyList<(Model.Terraform.Functions.CidrBlock Block, TerraformAttribute Attribute, Model.Terraform.Values.TerraformValue Value)>?>();
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var subnet in SubnetBlocks.Subnets(module))
            {
                if (subnet.Vpc is not { } vpc)
                {
                    continue;
                }

                if (!vpcBlocks.TryGetValue(vpc, out var blocks))
                {
                    vpcBlocks[vpc] = blocks = SubnetBlocks.VpcBlocks(module, vpc);
                }

                if (blocks is null || blocks.Any(b => b.Block.Contains(subnet.Block)) || subnet.Subnet.GetArgument("cidr_block") is not { } attribute
                    || !reported.Add(attribute.Location + subnet.Block.ToString()))
                {
                    continue;
                }

                var vpcText = string.Join(" or ", blocks.Select(b => b.Block.ToString()));
                var message = $"{subnet.Address} has cidr_block {subnet.Block}, which is outside {vpc.Address} ({vpcText}), so AWS rejects it (\"InvalidSubnet.Range: The CIDR '{subnet.Block}' is invalid\"); choose a block inside {blocks[0].Block}, e.g. with cidrsubnet({vpc.Address}.cidr_block, …)";
                var diagnostic = ResourceInstances.WithOrigins(Diagnostic.Create(Rule, attribute.Location, message), subnet.Value, "the subnet's cidr_block");
                foreach (var (_, vpcAttribute, vpcValue) in blocks)
                {
                    diagnostic = ResourceInstances.WithOrigins(diagnostic.WithRelated(vpcAttribute.Location, $"the CIDR block of {vpc.Address}"), vpcValue, "the VPC's block");
                }

                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
