using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.Evaluation;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds RDS DB instances and clusters whose storage is not encrypted.</summary>
public sealed class RdsStorageNotEncrypted : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2033",
        name: "aws-rds-storage-not-encrypted",
        title: "RDS storage not encrypted",
        messageFormat: "{0}",
        category: Categories.Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports an `aws_db_instance` or `aws_rds_cluster` whose `storage_encrypted` is not `true` in some
            instance: left out (the provider's default is `false`, for Aurora and Multi-AZ DB clusters too) or
            `false`, also through a variable, tfvars or a local, which are shown as related locations.

            Not reported, because the encryption is not decided by this argument:

            - `aws_rds_cluster_instance`, and `aws_db_instance` with an `aurora*` engine: storage belongs to the
              cluster;
            - a read replica (`replicate_source_db`, `replication_source_identifier`), a restore
              (`snapshot_identifier`, `restore_to_point_in_time`) and a member of a global cluster
              (`global_cluster_identifier`): they take the encryption of their source;
            - Aurora Serverless v1 (`engine_mode = "serverless"`), which is always encrypted;
            - `kms_key_id` without `storage_encrypted`: the key states that encryption is intended.

            ## Why is this bad?
            Unencrypted storage leaves the data, its automated backups, snapshots and read replicas readable
            to anyone who gets the volumes or a shared snapshot, and fails most compliance baselines (PCI DSS,
            HIPAA, CIS AWS Foundations). Encryption can only be chosen when the database is created: turning it on
            later means a new database restored from an encrypted copy of a snapshot.

            ## Example
            ```hcl
            resource "aws_rds_cluster" "orders" {
              cluster_identifier = "orders"
              engine             = "aurora-postgresql"
              master_username    = "orders_admin"
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_rds_cluster" "orders" {
              cluster_identifier = "orders"
              engine             = "aurora-postgresql"
              master_username    = "orders_admin"
              storage_encrypted  = true
            }
            ```

            ## Fix safety
            The fix adds `storage_encrypted = true`, or turns a literal `false` into `true`. It is unsafe:
            `storage_encrypted` forces replacement, so on a database that exists Terraform destroys it and creates
            an empty one. Apply it to an existing database only after migrating through an encrypted snapshot copy.
            """,
        tags: ["terraform", "aws", "rds", "security"],
        securitySeverity: 5.5);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, "aws_db_instance", "aws_rds_cluster");

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformResourceNode node || !AwsProviders.IsAws(node))
        {
            return;
        }

        var cluster = node.Type == "aws_rds_cluster";
        var what = cluster ? "cluster" : "DB instance";
        var inherited = cluster
            ? new[] { "replication_source_identifier", "snapshot_identifier", "global_cluster_identifier" }
            : ["replicate_source_db", "snapshot_identifier"];
        foreach (var scope in ResourceInstances.Of(node))
        {
            if (inherited.Any(name => IsSet(node, name, scope)) || node.Body.GetBlock("restore_to_point_in_time") is not null
                || (cluster && ResourceInstances.String(node, "engine_mode", scope) == "serverless")
                || (!cluster && ResourceInstances.String(node, "engine", scope) is { } engine && engine.StartsWith("aurora", StringComparison.Ordinal)))
            {
                continue;
            }

            const string Replacement = "storage_encrypted forces replacement, so on a database that exists Terraform destroys it and creates an empty one: migrate through an encrypted snapshot copy first";
            if (node.GetArgument("storage_encrypted") is not { } attribute)
            {
                if (IsSet(node, "kms_key_id", scope))
                {
                    continue;
                }

                var message = $"{node.Address} does not set storage_encrypted, which defaults to false, so the {what}'s storage, automated backups, snapshots and replicas are unencrypted; add storage_encrypted = true (with kms_key_id for a customer managed key); {Replacement}";
                var diagnostic = Diagnostic.Create(Rule, node.Location, message);
                if (!node.Body.IsJson && BlockEdits.AddArgument(node.Block, "storage_encrypted", "true") is { } edit)
                {
                    diagnostic = diagnostic.WithFix(CodeFix.Create("Add storage_encrypted = true (replaces the database)", edit, FixSafety.Unsafe));
                }

                context.ReportDiagnostic(diagnostic);
                return;
            }

            if (ResourceInstances.Bool(node, "storage_encrypted", scope) == false && ResourceInstances.Argument(node, "storage_encrypted", scope) is { } value)
            {
                var message = $"{node.Address} sets storage_encrypted = false, so the {what}'s storage, automated backups, snapshots and replicas are unencrypted; set storage_encrypted = true (with kms_key_id for a customer managed key); {Replacement}";
                var diagnostic = ResourceInstances.WithOrigins(Diagnostic.Create(Rule, attribute.Location, message), value, "storage_encrypted");
                if (attribute.Expression.SourceText == "false")
                {
                    diagnostic = diagnostic.WithFix(CodeFix.Create("Set storage_encrypted = true (replaces the database)",
                        new TextEdit(node.Tree.Path, attribute.Expression.Location.Span, "true"), FixSafety.Unsafe));
                }

                context.ReportDiagnostic(diagnostic);
                return;
            }
        }
    }

    private static bool IsSet(TerraformResourceNode node, string name, TerraformScope scope) =>
        node.GetArgument(name) is not null && ResourceInstances.Argument(node, name, scope) is not { IsNull: true };
}
