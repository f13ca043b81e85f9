using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds calls of local modules that do not set a variable the module requires (one without a default).</summary>
public sealed class MissingModuleInput : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1009",
        name: "terraform-missing-module-input",
        title: "Required module input not set",
        messageFormat: "'{0}' does not set '{1}', which {2} requires (it has no default)",
        category: Categories.Correctness,
        defaultSeverity: DiagnosticSeverity.Error,
        description: """
            ## What it does
            For each `module` block whose source is a local directory, reports every variable of that module that
            has no `default` and that the block does not set. The variable's declaration is a related location.
            Remote modules are not read. Modules with a syntax error or with override files (which can add a
            default) are skipped.

            ## Why is this bad?
            Terraform stops with "Missing required argument: The argument "vpc_id" is required, but no definition was
            found." Adding a required variable to a shared module breaks every caller that does not pass it yet.

            ## Example
            ```hcl
            module "db" {
              source = "./modules/db"
            }
            ```
            with `modules/db/variables.tf` declaring `variable "subnet_ids" { type = list(string) }`.

            ## Use instead
            ```hcl
            module "db" {
              source     = "./modules/db"
              subnet_ids = module.vpc.private_subnet_ids
            }
            ```
            or give the variable a default in the module.
            """,
        tags: ["terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformModule);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformModuleCallNode { Target: { HasSyntaxErrors: false, HasOverrideFiles: false } target } call)
        {
            return;
        }

        foreach (var variable in target.Variables)
        {
            if (variable.IsRequired && call.GetInput(variable.Name) is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, call.Location, call.Address, variable.Name, call.Source ?? target.ToString())
                    .WithRelated(variable.Location, $"variable \"{variable.Name}\" is declared here without a default"));
            }
        }
    }
}
