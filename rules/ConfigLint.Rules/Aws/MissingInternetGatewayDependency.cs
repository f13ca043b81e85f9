using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Syntax.Hcl;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds Elastic IPs and NAT gateways that do not depend on their VPC's internet gateway.</summary>
public sealed class MissingInternetGatewayDependency : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2020",
        name: "aws-missing-internet-gateway-dependency",
        title: "Elastic IP or NAT gateway without a dependency on the internet gateway",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            For each `aws_eip` (other than `domain = "standard"`) and public `aws_nat_gateway`, finds the internet
            gateway of its VPC in the same module (through `subnet_id` → `aws_subnet` → `vpc_id`, or the module's
            only `aws_internet_gateway` when the VPC cannot be told) and reports it when nothing orders it after the
            gateway: no `depends_on`, and no chain of references (through other resources and locals) that reaches
            the gateway or its `aws_internet_gateway_attachment`. Gateways in other modules are not looked for.

            ## Why is this bad?
            Terraform creates and destroys resources in parallel unless something orders them. AWS can only
            associate a VPC Elastic IP once the VPC has an internet gateway, and refuses to detach the gateway while
            public addresses are mapped, so `terraform destroy` fails with `DependencyViolation: Network vpc-… has
            some mapped public address(es). Please unmap those public address(es) before detaching the gateway.`,
            leaving the VPC, gateway and subnets behind. The AWS provider documentation for `aws_eip` and
            `aws_nat_gateway` recommends an explicit `depends_on` on the internet gateway.

            ## Example
            ```hcl
            resource "aws_eip" "nat" {
              domain = "vpc"
            }

            resource "aws_nat_gateway" "main" {
              allocation_id = aws_eip.nat.id
              subnet_id     = aws_subnet.public.id
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_eip" "nat" {
              domain     = "vpc"
              depends_on = [aws_internet_gateway.main]
            }

            resource "aws_nat_gateway" "main" {
              allocation_id = aws_eip.nat.id
              subnet_id     = aws_subnet.public.id
              depends_on    = [aws_internet_gateway.main]
            }
            ```

            ## Fix safety
            The fix adds `depends_on = [aws_internet_gateway.<name>]` (or appends the gateway to an existing
            `depends_on` list). It is safe: it only orders creation and destruction.
            """,
        tags: ["terraform", "aws", "networking"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, "aws_eip", "aws_nat_gateway");

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode { Module: { } module } node || !AwsProviders.IsAws(node) || !NeedsGateway(node))
        {
            return;
        }

        var vpc = AwsNetworkResources.VpcOf(module, node);
        var gateways = AwsNetworkResources.InternetGateways(module).ToList();
        var candidates = vpc is not null ? gateways.Where(g => g.Vpc == vpc).Select(g => g.Gateway).ToList() : gateways.Select(g => g.Gateway).ToList();
        if (candidates.Count != 1)
        {
            return;
        }

        var gateway = candidates[0];
        var attachments = AwsNetworkResources.AttachmentsOf(module, gateway).ToList();
        if (ResourceReferences.DependsOn(module, node, r => r == gateway || attachments.Contains(r)))
        {
            return;
        }

        var what = node.Type == "aws_eip" ? "its public address" : "the NAT gateway's public address";
        var target = attachments.Count == 1 ? attachments[0] : gateway;
        var message = $"{node.Address} does not depend on {target.Address}, so Terraform may create it before the VPC has its internet gateway and, on destroy, detach the gateway while {what} is still mapped (\"DependencyViolation: Network vpc-… has some mapped public address(es)\"); add depends_on = [{target.Address}]";
        var diagnostic = Diagnostic.Create(Rule, node.Location, message).WithRelated(target.Location, $"the internet gateway{(vpc is null ? string.Empty : " of " + vpc.Address)}");
        if (Fix(node, target.Address) is { } fix)
        {
            diagnostic = diagnostic.WithFix(fix);
        }

        context.ReportDiagnostic(diagnostic);
    }

    private static bool NeedsGateway(TerraformResourceNode node)
    {
        var scope = Model.Terraform.Evaluation.TerraformScope.Empty;
        return node.Type switch
        {
            "aws_eip" => ResourceInstances.String(node, "domain", scope) != "standard" && ResourceInstances.Bool(node, "vpc", scope) != false,
            _ => ResourceInstances.String(node, "connectivity_type", scope) is null or "public",
        };
    }

    private static CodeFix? Fix(TerraformResourceNode node, string address)
    {
        if (node.Body.IsJson)
        {
            return null;
        }

        if (node.DependsOn is not { } dependsOn)
        {
            return BlockEdits.AddArgument(node.Block, "depends_on", $"[{address}]") is { } add
                ? CodeFix.Create($"Add depends_on = [{address}]", add)
                : null;
        }

        if (dependsOn.Expression.Syntax is not { Kind: HclSyntaxKind.Tuple } tuple || dependsOn.Expression.IsEmbedded)
        {
            return null;
        }

        var content = node.Tree.Text.Content;
        var close = tuple.Span.End - 1;
        if (content[close] != ']')
        {
            return null;
        }

        var previous = close - 1;
        while (previous > tuple.Span.Start && char.IsWhiteSpace(content[previous]))
        {
            previous--;
        }

        var insert = content[previous] switch
        {
            '[' => address,
            ',' => " " + address,
            _ => ", " + address,
        };
        return CodeFix.Create($"Add {address} to depends_on", TextEdit.Insert(node.Tree.Path, previous + 1, insert));
    }
}
