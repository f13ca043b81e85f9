using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds arguments, blocks and resource types the provider has deprecated, with the provider's message.</summary>
public sealed class DeprecatedArgument : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2003",
        name: "aws-deprecated-argument",
        title: "Deprecated argument, block or resource type",
        messageFormat: "{0}",
        category: Categories.Deprecation,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports arguments and nested blocks (also through `dynamic` blocks) that the provider marks deprecated,
            and `resource`/`data` blocks of a deprecated type, quoting the provider's deprecation message. The
            built-in catalogs carry the messages of hashicorp/aws 6.x and 5.x (reconstructed from `@pulumi/aws`,
            see `rules/data/aws-provider/README.md`); a schema from `terraform providers schema -json` carries only
            a flag, so the message then says only that it is deprecated.

            ## Why is this bad?
            Terraform prints a warning on every plan, and the next major version of the provider removes the
            argument: the configuration then stops with "Unsupported argument". `aws_s3_bucket`'s inline
            `lifecycle_rule`, `versioning` and `server_side_encryption_configuration` (deprecated in 4.x and 5.x)
            also fight the split resources that replace them.

            ## Example
            ```hcl
            resource "aws_eip" "nat" {
              vpc = true
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_eip" "nat" {
              domain = "vpc"
            }
            ```
            """,
        tags: ["terraform", "aws", "deprecation"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) =>
        context.RegisterNodeAction(Analyze, NodeKind.TerraformResource, NodeKind.TerraformData);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (AwsSchemaTarget.For(context) is not { Schema: { } schema } target)
        {
            return;
        }

        if (schema.IsDeprecated)
        {
            var what = target.Kind == Rules.Aws.Schema.SchemaKind.DataSource ? "data source" : "resource type";
            var label = target.Node.Block.Labels.Length > 0 ? target.Node.Block.Labels[0].Location : target.Node.Location;
            context.ReportDiagnostic(Diagnostic.Create(Rule, label, $"the {what} {target.Node.Type} is deprecated in {target.ProviderDescription}: {Message(schema.DeprecationMessage)}"));
        }

        foreach (var site in SchemaWalk.Of(target.Node, schema).Members)
        {
            if (site.Member is { IsDeprecated: true } member)
            {
                var what = site.Kind == SchemaSiteKind.Attribute ? "argument" : "block";
                var message = $"the {what} '{site.Name}' of {target.Describe(site.Path)} is deprecated in {target.ProviderDescription}: {Message(member.DeprecationMessage)}";
                context.ReportDiagnostic(Diagnostic.Create(Rule, site.NameLocation, message));
            }
        }
    }

    private static string Message(string? deprecation) =>
        deprecation is null ? "the schema gives no replacement" : deprecation.TrimEnd().TrimEnd('.');
}
