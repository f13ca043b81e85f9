using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds <c>resource</c> and <c>data</c> blocks whose type the provider does not have, e.g. <c>aws_s3_bucket_encryption</c>.</summary>
public sealed class UnknownResourceType : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2005",
        name: "aws-unknown-resource-type",
        title: "Unknown resource or data source type",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports `resource` and `data` blocks whose provider has a catalog (hashicorp/aws built in, others
            through `--provider-schema`) but whose type the catalog of the selected version does not list. It
            suggests known type renames (`aws_s3_bucket_object` → `aws_s3_object`) and names within a small edit
            distance, and says when the type exists only in the provider's other major line. Nothing is reported
            when the version constraint selects no line ConfigLint has a catalog for, or admits only releases newer
            than the catalog (`>= 6.28` against the 6.25.0 catalog).

            It is a warning rather than an error because a provider release newer than the catalog may have added
            the type.

            ## Why is this bad?
            `terraform init` succeeds but `validate` and `plan` stop with "Invalid resource type: The provider
            hashicorp/aws does not support resource type …".

            ## Example
            ```hcl
            resource "aws_s3_bucket_encryption" "logs" {
              bucket = aws_s3_bucket.logs.id
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
              bucket = aws_s3_bucket.logs.id

              rule {
                apply_server_side_encryption_by_default {
                  sse_algorithm = "aws:kms"
                }
              }
            }
            ```
            """,
        tags: ["terraform", "aws"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, NodeKind.TerraformData);

    private static void Analyze(NodeAnalysisContext context)
    {
        // A catalog older than every version the constraint admits does not know the types added since.
        if (AwsSchemaTarget.For(context) is not { Schema: null, Selection.PredatesConstraint: false } target || target.Node.Block.Labels.IsEmpty)
        {
            return;
        }

        var type = target.Node.Type;
        var what = target.Kind == SchemaKind.DataSource ? "data source" : "resource type";
        var other = target.Selection.FindInOtherLines(target.Kind, type);
        var otherText = other is null ? string.Empty : $" ({other.Describe()}: hashicorp/aws {other.Catalog.Version} has it)";
        var suggestions = target.Selection.SuggestType(target.Kind, type);
        var hint = suggestions.Count == 0 ? string.Empty : $"; did you mean {string.Join(" or ", suggestions.Select(s => $"'{s}'"))}?";
        var message = $"{target.ProviderDescription} has no {what} '{type}'{otherText}, so Terraform stops with \"Invalid resource type\"{hint}";
        context.ReportDiagnostic(Diagnostic.Create(Rule, target.Node.Block.Labels[0].Location, message));
    }
}
