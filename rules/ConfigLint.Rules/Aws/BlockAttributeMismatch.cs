using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds blocks written as arguments (<c>timeouts = { … }</c>) and arguments written as blocks (<c>tags { … }</c>).</summary>
public sealed class BlockAttributeMismatch : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2004",
        name: "aws-block-attribute-mismatch",
        title: "Block written as an argument, or argument written as a block",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Compares how each member of a `resource` or `data` block is written with what the provider's schema
            says it is: a nested block written as `name = { … }`, an argument written as `name { … }`, or a
            `dynamic` block for something that is an argument. Arguments that hold a list of objects (an
            `aws_security_group`'s `ingress`) may be written either way, as Terraform allows for them; nested
            blocks in `.tf.json` are always written as members, so JSON files are not checked for the first case.

            ## Why is this bad?
            Terraform stops with "Unsupported argument … Did you mean to define a block of type …?" or
            "Unsupported block type … Did you mean to define argument …?".

            ## Example
            ```hcl
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"

              tags {
                Name = "main"
              }
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_vpc" "main" {
              cidr_block = "10.0.0.0/16"

              tags = {
                Name = "main"
              }
            }
            ```

            ## Fix safety
            For an argument written as a block without labels or nested blocks, the fix inserts ` =` after its
            name, which turns the block into the object it meant; this is safe. Blocks written as arguments are
            not fixed: an object constructor may use commas or `:` that a block body does not allow.
            """,
        tags: ["terraform", "aws"]);

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

        foreach (var site in SchemaWalk.Of(target.Node, schema).Members)
        {
            var owner = target.Describe(site.Path);
            switch (site)
            {
                case { Kind: SchemaSiteKind.Attribute, Member: NestedBlockSchema, IsJson: false }:
                    context.ReportDiagnostic(Diagnostic.Create(Rule, site.NameLocation,
                        $"'{site.Name}' is a block of {owner}, not an argument, so Terraform stops with \"Unsupported argument\"; write {site.Name} {{ … }} without '='"));
                    break;
                case { Kind: SchemaSiteKind.Block, Member: AttributeSchema { NestedType: null }, IsJson: false, Block: { } block }:
                    var diagnostic = Diagnostic.Create(Rule, site.NameLocation,
                        $"'{site.Name}' is an argument of {owner}, not a block, so Terraform stops with \"Unsupported block type\"; write {site.Name} = {{ … }}");
                    if (block.Labels.IsEmpty && block.Body.Blocks.IsEmpty)
                    {
                        diagnostic = diagnostic.WithFix(CodeFix.Create($"Write {site.Name} = {{ … }}", TextEdit.Insert(site.NameLocation.Path, site.NameLocation.Span.End, " =")));
                    }

                    context.ReportDiagnostic(diagnostic);
                    break;
                case { Kind: SchemaSiteKind.Dynamic, Member: AttributeSchema { NestedType: null } }:
                    context.ReportDiagnostic(Diagnostic.Create(Rule, site.NameLocation,
                        $"'{site.Name}' is an argument of {owner}, and 'dynamic' only generates blocks, so Terraform stops with \"Unsupported block type\"; set {site.Name} = with a for expression instead"));
                    break;
            }
        }
    }
}
