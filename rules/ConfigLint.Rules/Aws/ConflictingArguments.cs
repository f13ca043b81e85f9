using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;
using ConfigLint.Rules.Aws.Schema;
using ConfigLint.Text;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds arguments set together that the provider allows only one of, e.g. <c>bucket</c> and <c>bucket_prefix</c>.</summary>
public sealed class ConflictingArguments : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2006",
        name: "aws-conflicting-arguments",
        title: "Arguments that conflict with each other",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Uses the argument constraints of the provider catalog (`ConflictsWith` and `ExactlyOneOf` groups) and
            reports a body that sets two or more arguments of one group. An argument counts as set when its value
            is known and not null; a value that may turn out null (a conditional
            on an unknown input) is not counted. The built-in catalogs carry only the few constraints kept by hand
            in `rules/data/aws-provider/constraints.json` (`aws_s3_bucket`'s `bucket`/`bucket_prefix`,
            `aws_flow_log`'s target ids); user schemas carry none, as `terraform providers schema -json` does not
            export them.

            ## Why is this bad?
            The provider rejects the configuration during validation: "conflicts with …" or "only one of … can be
            specified".

            ## Example
            ```hcl
            resource "aws_s3_bucket" "logs" {
              bucket        = "payments-logs"
              bucket_prefix = "payments-"
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_s3_bucket" "logs" {
              bucket = "payments-logs"
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
        if (AwsSchemaTarget.For(context) is not { Schema: { } schema } target || target.Node.Module is not { } module)
        {
            return;
        }

        foreach (var body in SchemaWalk.Of(target.Node, schema).Bodies)
        {
            foreach (var constraint in body.Schema.Constraints)
            {
                if (constraint.Kind is not (ArgumentConstraintKind.ConflictsWith or ArgumentConstraintKind.ExactlyOneOf))
                {
                    continue;
                }

                var set = new List<(string Name, Location Location)>();
                foreach (var name in constraint.Names)
                {
                    if (SetAt(module, body, name) is { } location)
                    {
                        set.Add((name, location));
                    }
                }

                set.Sort((a, b) => a.Location.Span.Start.CompareTo(b.Location.Span.Start));
                for (var i = 1; i < set.Count; i++)
                {
                    var names = string.Join(", ", constraint.Names.Select(n => $"'{n}'"));
                    var message = $"'{set[i].Name}' conflicts with '{set[0].Name}' in {target.Describe(body.Path)}: only one of {names} may be set, so the provider rejects the configuration; keep one";
                    context.ReportDiagnostic(Diagnostic.Create(Rule, set[i].Location, message).WithRelated(set[0].Location, $"'{set[0].Name}' is set here"));
                }
            }
        }
    }

    // Set: written with a value that is known and not null. Unknown values (a conditional on an input without a
    // value, a dynamic block's iterator) may be null and are not counted.
    private static Location? SetAt(TerraformModule module, SchemaBodySite body, string name)
    {
        if (body.GetAttribute(name) is not { } attribute)
        {
            return null;
        }

        var value = module.Evaluator.Evaluate(attribute.Expression);
        return value.IsKnown && !value.IsNull ? attribute.NameLocation : null;
    }
}
