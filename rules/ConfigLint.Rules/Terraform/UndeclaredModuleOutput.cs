using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model.Terraform;
using ConfigLint.Model.Terraform.References;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds <c>module.name.output</c> references to outputs the called local module does not declare.</summary>
public sealed class UndeclaredModuleOutput : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1002",
        name: "terraform-undeclared-module-output",
        title: "Reference to an output the called module does not declare",
        messageFormat: "'{0}' has no output '{1}'; {2} declares {3}{4}",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            Reports `module.<name>.<output>` references (also `module.<name>[key].<output>` and splats) where the
            module call has a local source (`./modules/vpc`) and that directory declares no such `output`. The
            outputs it does declare are listed and the nearest is suggested. Modules from the registry, git or
            other remote sources are not read, so references to them are not checked.

            ## Why is this bad?
            Terraform stops with "Unsupported attribute: This object does not have an attribute named …". It is a
            common break after renaming an output in a shared module: every caller fails, often in another
            directory or repository than the change.

            ## Example
            ```hcl
            module "vpc" {
              source = "./modules/vpc"
            }

            resource "aws_instance" "web" {
              subnet_id = module.vpc.private_subnet
            }
            ```
            with `modules/vpc/outputs.tf` declaring `output "private_subnet_ids"`.

            ## Use instead
            ```hcl
            resource "aws_instance" "web" {
              subnet_id = module.vpc.private_subnet_ids[0]
            }
            ```

            ## Fix safety
            When exactly one declared output is within edit distance 2, the fix renames the reference to it. It is
            unsafe: the output may hold a different type (a list instead of a string) and need more changes.
            """,
        tags: ["terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, TerraformNodeKinds.WithReferences);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformNode { Module: { HasSyntaxErrors: false } module } node)
        {
            return;
        }

        foreach (var reference in node.References)
        {
            if (reference is not { Kind: TerraformReferenceKind.Module, Attribute: { } output }
                || module.FindModuleCall(reference.Name) is not { Target: { HasSyntaxErrors: false } target } call
                || target.FindOutput(output) is not null)
            {
                continue;
            }

            var declared = target.Outputs.Select(o => o.Name).Distinct(StringComparer.Ordinal).ToList();
            var suggestion = NameSuggestions.Suggest(output, declared);
            var list = declared.Count == 0 ? "no outputs" : declared.Count <= 8
                ? string.Join(", ", declared.Select(d => $"'{d}'"))
                : string.Join(", ", declared.Take(8).Select(d => $"'{d}'")) + $" and {declared.Count - 8} more";
            var location = reference.AttributeLocation.IsNone ? reference.Location : reference.AttributeLocation;
            var diagnostic = Diagnostic.Create(Rule, location, call.Address, output, call.Source ?? target.ToString(), list, NameSuggestions.Hint(suggestion))
                .WithRelated(call.Location, $"{call.Address} calls {target}");
            if (!reference.NameLocation.IsNone)
            {
                diagnostic = NameSuggestions.WithReplacement(diagnostic, node.Tree, location, output, suggestion);
            }

            context.ReportDiagnostic(diagnostic);
        }
    }
}
