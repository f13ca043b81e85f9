using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds RDS DB instances and cluster instances with <c>publicly_accessible = true</c>.</summary>
public sealed class RdsPubliclyAccessible : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2034",
        name: "aws-rds-publicly-accessible",
        title: "RDS database publicly accessible",
        messageFormat: "{0}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports `publicly_accessible = true` on an `aws_db_instance` or `aws_rds_cluster_instance`, in any
            instance of it, also when the value comes from a variable, tfvars or a local (shown as related
            locations).

            ## Why is this bad?
            A publicly accessible database gets a public IP address, and its endpoint's DNS name resolves to it
            from anywhere. In a subnet routed to an internet gateway only its security groups then stand between
            the database and the internet, where database ports are scanned continuously for weak passwords and
            unpatched engines; one rule opened for a quick test exposes it. Applications in the VPC reach the
            database through its private address either way.

            ## Example
            ```hcl
            resource "aws_db_instance" "main" {
              identifier          = "orders"
              engine              = "postgres"
              instance_class      = "db.t4g.medium"
              allocated_storage   = 50
              publicly_accessible = true
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_db_instance" "main" {
              identifier          = "orders"
              engine              = "postgres"
              instance_class      = "db.t4g.medium"
              allocated_storage   = 50
              publicly_accessible = false
            }
            ```
            Reach the database from outside the VPC through a bastion host, AWS Systems Manager port forwarding,
            a VPN or AWS Client VPN.

            ## Fix safety
            The fix turns a literal `true` into `false`. It is unsafe: clients that connect from outside the VPC
            through the public address lose access.
            """,
        tags: ["terraform", "aws", "rds", "security"],
        securitySeverity: 7.5);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, "aws_db_instance", "aws_rds_cluster_instance");

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode node || !AwsProviders.IsAws(node) || node.GetArgument("publicly_accessible") is not { } attribute)
        {
            return;
        }

        foreach (var scope in ResourceInstances.Of(node))
        {
            if (ResourceInstances.Bool(node, "publicly_accessible", scope) != true || ResourceInstances.Argument(node, "publicly_accessible", scope) is not { } value)
            {
                continue;
            }

            var what = node.Type == "aws_db_instance" ? "DB instance" : "cluster instance";
            var message = $"{node.Address}{scope.InstanceKey} sets publicly_accessible = true, so RDS gives the {what} a public IP address that its endpoint resolves to from anywhere, and only its security groups keep the internet's database scanners out; set publicly_accessible = false and connect from outside the VPC through a bastion host, AWS Systems Manager port forwarding or a VPN";
            var diagnostic = ResourceInstances.WithOrigins(Diagnostic.Create(Rule, attribute.Location, message), value, "publicly_accessible");
            if (attribute.Expression.SourceText == "true")
            {
                diagnostic = diagnostic.WithFix(CodeFix.Create("Set publicly_accessible = false", new TextEdit(node.Tree.Path, attribute.Expression.Location.Span, "false"), FixSafety.Unsafe));
            }

            context.ReportDiagnostic(diagnostic);
            return;
        }
    }
}
