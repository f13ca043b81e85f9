using System.Collections.Immutable;
using ConfigLint.Analysis;
using ConfigLint.Diagnostics;
using ConfigLint.Model;
using ConfigLint.Model.Terraform;

namespace ConfigLint.Rules.Terraform;

/// <summary>Finds variables no expression of their module uses.</summary>
public sealed class UnusedVariable : ConfigAnalyzer
{
    /// <summary>The rule.</summary>
    public static readonly DiagnosticDescriptor Rule = new(
        id: "CL1007",
        name: "terraform-unused-variable",
        title: "Variable declared but never used",
        messageFormat: "variable '{0}' is declared but never used in {1}",
        category: Categories.Style,
        defaultSeverity: DiagnosticSeverity.Warning,
        description: """
            ## What it does
            Reports `variable` blocks that no expression of the module refers to (the variable's own `validation`
            does not count). All `.tf` and `.tf.json` files of the directory are searched. Modules with a syntax
            error are skipped.

            ## Why is this bad?
            An unused variable is a setting that does nothing: callers and `.tfvars` files keep passing a value that
            has no effect, often because a rename left the old name behind, so the value someone changes to fix a
            problem is not the one the configuration reads.

            ## Example
            ```hcl
            variable "instance_count" {
              default = 2
            }

            resource "aws_instance" "web" {
              count = 3
            }
            ```

            ## Use instead
            ```hcl
            resource "aws_instance" "web" {
              count = var.instance_count
            }
            ```

            ## Fix safety
            There is no fix: deleting the variable breaks callers and variables files that still set it.
            """,
        tags: ["terraform"]);

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, NodeKind.TerraformVariable);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not TerraformVariableNode { Module: { HasSyntaxErrors: false } module } variable
            || TerraformFiles.IsOverrideFile(variable.Tree.Path) || ModuleUsage.Of(module).Variables.Contains(variable.Name))
        {
            return;
        }

        var where = module.Directory.Length == 0 ? "this module" : $"module {module.Directory}";
        context.ReportDiagnostic(Diagnostic.Create(Rule, variable.Location, variable.Name, where));
    }
}
