using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Rules.Aws.Schema;

namespace ConfigLint.Rules.Aws;

/// <summary>Finds required arguments and blocks that a resource, data source or nested block leaves out.</summary>
public sealed class MissingRequiredArgument : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL2002",
        name: "aws-missing-required-argument",
        title: "Required argument or block missing",
        messageFormat: "{0}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Reports, for each `resource` and `data` block and every nested block and `dynamic` content inside it,
            the arguments the provider's schema marks required and the nested blocks it requires at least once
            that are not written, and groups of arguments of which exactly one (or at least one) must be set when
            none is (the catalog keeps such constraints for a few types, e.g. `aws_flow_log`'s target).

            A required block written as a `dynamic` block counts as written: its elements come from `for_each`.
            Modules with override files (which may add the argument) or with syntax errors are skipped.

            ## Why is this bad?
            `terraform validate` and `plan` stop with "Missing required argument" or "Insufficient … blocks".

            ## Example
            ```hcl
            resource "aws_iam_role" "task" {
              name = "payments-task"
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_iam_role" "task" {
              name               = "payments-task"
              assume_role_policy = data.aws_iam_policy_document.task_assume.json
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
        if (AwsSchemaTarget.For(context) is not { Schema: { } schema } target
            || target.Node.Module is not { HasOverrideFiles: false, HasSyntaxErrors: false })
        {
            return;
        }

        foreach (var body in SchemaWalk.Of(target.Node, schema).Bodies)
        {
            foreach (var member in body.Schema.RequiredMembers)
            {
                if (!body.Writes(member.Name))
                {
                    var what = member is NestedBlockSchema ? $"at least one '{member.Name}' block" : $"the argument '{member.Name}'";
                    var message = $"{Subject(target, body)} needs {what}; without it Terraform stops with \"Missing required argument\"";
                    context.ReportDiagnostic(Diagnostic.Create(Rule, body.Location, message));
                }
            }

            foreach (var constraint in body.Schema.Constraints)
            {
                if (constraint.Kind is ArgumentConstraintKind.ExactlyOneOf or ArgumentConstraintKind.AtLeastOneOf
                    && !constraint.Names.Any(body.Writes))
                {
                    var quantity = constraint.Kind == ArgumentConstraintKind.ExactlyOneOf ? "exactly one" : "at least one";
                    var names = string.Join(", ", constraint.Names.Select(n => $"'{n}'"));
                    var message = $"{Subject(target, body)} needs {quantity} of {names}; with none of them Terraform stops before planning";
                    context.ReportDiagnostic(Diagnostic.Create(Rule, body.Location, message));
                }
            }
        }
    }

    private static string Subject(AwsSchemaTarget target, SchemaBodySite body) =>
        body.Path.IsEmpty ? target.Node.Address : $"'{body.Path[^1]}' in {target.Node.Address}";
}
